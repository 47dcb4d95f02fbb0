package org.socialvaluehub.organisations;

/** An organisation as the rest of the product sees it. */
public record Organisation(
        long id,
        String name,
        OrganisationKind kind,
        LegalForm legalForm,
        SizeBand sizeBand,
        String postcode,
        String postcodeDistrict,
        String companyNumber,
        String charityNumber,
        String website,
        String socialValueOffer,
        boolean demo) {}
