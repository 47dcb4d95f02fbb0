package org.socialvaluehub.organisations;

/** The parts of a profile its own people can edit. */
public record ProfileChanges(String name, LegalForm legalForm, SizeBand sizeBand, String postcode,
                             String companyNumber, String charityNumber, String website, String socialValueOffer) {
}
