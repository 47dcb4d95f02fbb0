package org.socialvaluehub.organisations;

/** What is needed to add an organisation; identifiers and postcode are already checked. */
public record NewOrganisation(
        String name,
        OrganisationKind kind,
        LegalForm legalForm,
        SizeBand sizeBand,
        String postcode,
        String companyNumber,
        String charityNumber,
        boolean demo) {}
