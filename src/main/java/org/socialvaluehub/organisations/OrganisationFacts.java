package org.socialvaluehub.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.organisations.core.Locality;
import org.socialvaluehub.organisations.credentials.Credentials;
import org.socialvaluehub.organisations.profile.Categories;
import org.socialvaluehub.organisations.profile.Sites;
import org.springframework.stereotype.Service;

/**
 * The directory's API for other modules: an organisation's locality, sites, CPV codes, verified
 * credentials and declared local shares, and its whole profile.
 */
@Service
public class OrganisationFacts {

    private final Organisations organisations;
    private final Sites sites;
    private final Categories categories;
    private final Credentials credentials;
    private final SicCatalogue sic;

    OrganisationFacts(
            Organisations organisations,
            Sites sites,
            Categories categories,
            Credentials credentials,
            SicCatalogue sic) {
        this.organisations = organisations;
        this.sites = sites;
        this.categories = categories;
        this.credentials = credentials;
        this.sic = sic;
    }

    public Optional<OrganisationProfile> profile(long id) {
        return organisations.find(id).map(o -> {
            ProfileDetails details = organisations.details(id).orElseThrow();
            return new OrganisationProfile(
                    o,
                    details,
                    ProfileDetails.identifiers(o, details.mutualNumber()),
                    sic.description(details.sicCode()).orElse(null),
                    sites.of(id),
                    categories.of(id),
                    credentials.of(id));
        });
    }

    /** Inside the area, neighbouring or outside, from the closest of its main postcode and sites. */
    public Locality locality(long id) {
        return organisations.details(id).map(ProfileDetails::locality).orElse(Locality.OUTSIDE);
    }

    public List<Site> sites(long id) {
        return sites.of(id);
    }

    /** The CPV codes the organisation supplies (8 digits with check digit, as published). */
    public List<CpvCatalogue.Entry> cpvCodes(long id) {
        return categories.of(id);
    }

    /** Suppliers offering a CPV code in one of these divisions (two digits) or groups (three digits). */
    public List<Long> suppliersInCpvDivisionsOrGroups(Collection<String> prefixes) {
        return categories.suppliersWithCodesStartingWith(prefixes);
    }

    /** Only credentials a coordinator verified and that have not expired. */
    public List<Credential> verifiedCredentials(long id) {
        return credentials.of(id).stream().filter(Credential::verified).toList();
    }

    public DeclaredLocalShares declaredLocalShares(long id) {
        return organisations
                .details(id)
                .map(d -> new DeclaredLocalShares(d.localSpendShare(), d.localWageShare()))
                .orElse(new DeclaredLocalShares(null, null));
    }
}
