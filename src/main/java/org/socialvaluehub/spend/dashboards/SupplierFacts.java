package org.socialvaluehub.spend.dashboards;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.socialvaluehub.organisations.AreaLocality;
import org.socialvaluehub.organisations.DeclaredLocalShares;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.OrganisationSummaries;
import org.socialvaluehub.organisations.OrganisationSummary;
import org.socialvaluehub.organisations.PostcodeDistricts;
import org.socialvaluehub.organisations.SupplierIdentity;
import org.socialvaluehub.organisations.core.Locality;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.stereotype.Component;

/**
 * What spend analysis needs to know about organisations, read in bulk from the directory: where they are (the local
 * authorities and regions of their main postcode and sites, and whether any of those is inside the partnership's
 * configured area), whether they are an SME, a VCSE, an accredited Real Living Wage employer (verified credential
 * only), what they supply (CPV) and what they declared about local re-spending. Null means unknown.
 */
@Component
public class SupplierFacts {

    static final String REAL_LIVING_WAGE = "REAL_LIVING_WAGE";
    private static final Set<String> SOCIAL_ENTERPRISE = Set.of("SOCIAL_ENTERPRISE_MARK", "SEUK_MEMBER");
    // A community interest company must end its name with "community interest company" or "CIC" (Companies (Audit,
    // Investigations and Community Enterprise) Act 2004, s.33), so the registered name shows the registration.
    private static final Pattern CIC_NAME = Pattern.compile("(\\bcic|community interest company)\\W*$");

    private static final Pattern COUNTY_COUNCIL = Pattern.compile("\\bcounty council\\b");

    /**
     * One organisation's facts; a null field (or an empty set of places) is unknown.
     *
     * @param inArea whether its main address or any of its sites is inside the area
     * @param branchOnly whether it is in the area only through a site, its main address being elsewhere
     * @param livingWage true with a verified, unexpired Real Living Wage credential; otherwise null ("not verified"),
     *     never false, since a supplier without the credential may still pay it
     * @param verified whether it holds any verified credential
     * @param publicBody whether the directory records it as a public body (its spend is not influenceable)
     * @param county whether it is a county council, whose own area is the county: the partnership's area
     */
    public record Facts(
            String name,
            Set<String> localAuthorities,
            Set<String> regions,
            Boolean inArea,
            boolean branchOnly,
            Boolean sme,
            Boolean vcse,
            Boolean livingWage,
            boolean verified,
            boolean publicBody,
            boolean county,
            List<String> cpvCodes,
            DeclaredLocalShares declared) {

        static final Facts UNKNOWN = new Facts(
                null,
                Set.of(),
                Set.of(),
                null,
                false,
                null,
                null,
                null,
                false,
                false,
                false,
                List.of(),
                new DeclaredLocalShares(null, null));

        /** Whether both are in one of the same places (local authority or region); null when either is unplaced. */
        static Boolean share(Set<String> one, Set<String> other) {
            if (one.isEmpty() || other.isEmpty()) {
                return null;
            }
            return one.stream().anyMatch(other::contains);
        }
    }

    private final OrganisationSummaries summaries;
    private final PostcodeDistricts districts;
    private final AreaLocality area;

    SupplierFacts(OrganisationSummaries summaries, PostcodeDistricts districts, AreaLocality area) {
        this.summaries = summaries;
        this.districts = districts;
        this.area = area;
    }

    public Map<Long, Facts> of(Collection<Long> organisationIds) {
        Map<Long, Facts> facts = new HashMap<>();
        Map<Long, OrganisationSummary> found = summaries.of(organisationIds);
        Set<Long> charities = found.isEmpty() ? Set.of() : registeredCharities();
        found.forEach((id, summary) -> facts.put(id, facts(summary, charities.contains(id))));
        return facts;
    }

    /** Where the area's definition comes from ({@code svh.area.source}); empty for the shipped list's own note. */
    String areaSource() {
        return area.source();
    }

    private Set<Long> registeredCharities() {
        Set<Long> ids = new HashSet<>();
        for (SupplierIdentity s : summaries.supplierIdentities()) {
            if (s.charityNumber() != null && !s.charityNumber().isBlank()) {
                ids.add(s.id());
            }
        }
        return ids;
    }

    private Facts facts(OrganisationSummary o, boolean registeredCharity) {
        Set<String> authorities = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (String code : o.districts()) {
            PostcodeDistrict.parse(code).flatMap(districts::find).ifPresent(d -> {
                if (d.localAuthority() != null && !d.localAuthority().isBlank()) {
                    authorities.add(d.localAuthority());
                }
                if (d.region() != null && !d.region().isBlank()) {
                    regions.add(d.region());
                }
            });
        }
        Set<String> credentials = o.verifiedCredentialTypes();
        boolean vcse = o.legalForm().isVcse()
                || registeredCharity
                || CIC_NAME.matcher(o.name().toLowerCase(Locale.ROOT)).find()
                || credentials.stream().anyMatch(SOCIAL_ENTERPRISE::contains);
        Boolean inArea = o.locality() == null ? null : o.locality() == Locality.INSIDE;
        boolean branchOnly = Boolean.TRUE.equals(inArea) && area.of(o.mainDistrict()) != Locality.INSIDE;
        return new Facts(
                o.name(),
                Set.copyOf(authorities),
                Set.copyOf(regions),
                inArea,
                branchOnly,
                o.sizeBand().isSme(),
                vcse,
                credentials.contains(REAL_LIVING_WAGE) ? Boolean.TRUE : null,
                !credentials.isEmpty(),
                o.legalForm() == LegalForm.PUBLIC_BODY,
                COUNTY_COUNCIL.matcher(o.name().toLowerCase(Locale.ROOT)).find(),
                o.cpvCodes(),
                o.declaredShares());
    }
}
