package org.socialvaluehub.organisations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socialvaluehub.organisations.core.Locality;

/**
 * What other modules need to classify many organisations at once.
 *
 * @param locality the closest of the main postcode's and the sites' localities; null when it has neither
 * @param mainDistrict the main postcode's district, or null
 * @param siteDistricts the districts of its sites
 * @param cpvCodes the CPV codes it supplies, eight digits
 * @param verifiedCredentialTypes codes of credential types it holds verified and unexpired ({@code REAL_LIVING_WAGE})
 * @param declaredShares what it declared about local spending and wages
 */
public record OrganisationSummary(
        long id,
        String name,
        OrganisationKind kind,
        Locality locality,
        String mainDistrict,
        List<String> siteDistricts,
        List<String> cpvCodes,
        Set<String> verifiedCredentialTypes,
        DeclaredLocalShares declaredShares,
        SizeBand sizeBand,
        LegalForm legalForm) {

    public OrganisationSummary {
        siteDistricts = List.copyOf(siteDistricts);
        cpvCodes = List.copyOf(cpvCodes);
        verifiedCredentialTypes = Set.copyOf(verifiedCredentialTypes);
    }

    /** The main postcode's district and the sites' districts, without repeats. */
    public List<String> districts() {
        var all = new LinkedHashSet<String>();
        if (mainDistrict != null) {
            all.add(mainDistrict);
        }
        all.addAll(siteDistricts);
        return List.copyOf(all);
    }
}
