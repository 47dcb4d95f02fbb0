package org.socialvaluehub.organisations;

import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.organisations.core.Locality;
import org.socialvaluehub.organisations.core.OrgId;

/**
 * The directory's details of an organisation beyond {@link Organisation}: trading names, the mutuals
 * register number, SIC sector, declared local shares (percent of its own spending and wages that stay
 * in the area, for the local multiplier) and its locality.
 */
public record ProfileDetails(
        List<String> tradingNames,
        String mutualNumber,
        String sicCode,
        Integer localSpendShare,
        Integer localWageShare,
        Locality locality,
        Double latitude,
        Double longitude) {

    /** The org-id identifiers derived from the organisation's register numbers. */
    public static List<OrgId> identifiers(Organisation organisation, String mutualNumber) {
        List<OrgId> ids = new ArrayList<>();
        if (organisation.companyNumber() != null) {
            OrgId.of(OrgId.Scheme.COH, organisation.companyNumber()).ifPresent(ids::add);
        }
        if (organisation.charityNumber() != null) {
            OrgId.charity(organisation.charityNumber()).ifPresent(ids::add);
        }
        if (mutualNumber != null) {
            OrgId.of(OrgId.Scheme.MPR, mutualNumber).ifPresent(ids::add);
        }
        return ids;
    }
}
