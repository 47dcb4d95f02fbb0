package org.socialvaluehub.organisations;

import java.util.List;

/** The parts of a profile its own people can edit; identifiers and postcode are already checked and normalised. */
public record ProfileChanges(
        String name,
        LegalForm legalForm,
        SizeBand sizeBand,
        String postcode,
        String companyNumber,
        String charityNumber,
        String website,
        String socialValueOffer,
        List<String> tradingNames,
        String mutualNumber,
        String sicCode,
        Integer localSpendShare,
        Integer localWageShare) {

    public ProfileChanges {
        tradingNames = tradingNames == null ? List.of() : List.copyOf(tradingNames);
    }

    /** The foundation's fields only, leaving the directory's details empty. */
    public ProfileChanges(
            String name,
            LegalForm legalForm,
            SizeBand sizeBand,
            String postcode,
            String companyNumber,
            String charityNumber,
            String website,
            String socialValueOffer) {
        this(
                name,
                legalForm,
                sizeBand,
                postcode,
                companyNumber,
                charityNumber,
                website,
                socialValueOffer,
                List.of(),
                null,
                null,
                null,
                null);
    }
}
