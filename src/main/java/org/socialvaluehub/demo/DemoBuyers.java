package org.socialvaluehub.demo;

import java.util.List;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.SizeBand;

/** The demo partnership's buyers: invented councils, a university, an NHS trust and large employers. */
final class DemoBuyers {

    static final List<NewOrganisation> ALL = List.of(
            buyer("Kingsmead City Council", LegalForm.PUBLIC_BODY, "OX1 1BX"),
            buyer("Shire Valley County Council", LegalForm.PUBLIC_BODY, "OX1 1ND"),
            buyer("Thamesbridge District Council", LegalForm.PUBLIC_BODY, "OX14 3JE"),
            buyer("Radcliffe Vale University", LegalForm.PUBLIC_BODY, "OX3 0BP"),
            buyer("Windrush Health NHS Foundation Trust", LegalForm.PUBLIC_BODY, "OX3 9DU"),
            buyer("Evenlode Housing Group", LegalForm.COOPERATIVE, "OX4 2HN"),
            buyer("Isis Valley Motor Works Ltd", LegalForm.COMPANY, "OX4 6NL"));

    private DemoBuyers() {}

    private static NewOrganisation buyer(String name, LegalForm form, String postcode) {
        return new NewOrganisation(name, OrganisationKind.BUYER, form, SizeBand.LARGE, postcode, null, null, true);
    }
}
