package org.socialvaluehub.spend.dashboards;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.organisations.DeclaredLocalShares;
import org.socialvaluehub.organisations.OrganisationSummaries;
import org.socialvaluehub.organisations.OrganisationSummary;
import org.socialvaluehub.organisations.PostcodeDistricts;
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

    /** One organisation's facts; a null field (or an empty set of places) is unknown. */
    public record Facts(
            String name,
            Set<String> localAuthorities,
            Set<String> regions,
            Boolean inArea,
            Boolean sme,
            Boolean vcse,
            Boolean livingWage,
            boolean verified,
            List<String> cpvCodes,
            DeclaredLocalShares declared) {

        static final Facts UNKNOWN = new Facts(
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
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

    SupplierFacts(OrganisationSummaries summaries, PostcodeDistricts districts) {
        this.summaries = summaries;
        this.districts = districts;
    }

    public Map<Long, Facts> of(Collection<Long> organisationIds) {
        Map<Long, Facts> facts = new HashMap<>();
        summaries.of(organisationIds).forEach((id, summary) -> facts.put(id, facts(summary)));
        return facts;
    }

    private Facts facts(OrganisationSummary o) {
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
        boolean vcse = o.legalForm().isVcse() || credentials.stream().anyMatch(SOCIAL_ENTERPRISE::contains);
        return new Facts(
                o.name(),
                Set.copyOf(authorities),
                Set.copyOf(regions),
                o.locality() == null ? null : o.locality() == Locality.INSIDE,
                o.sizeBand().isSme(),
                vcse,
                credentials.contains(REAL_LIVING_WAGE),
                !credentials.isEmpty(),
                o.cpvCodes(),
                o.declaredShares());
    }
}
