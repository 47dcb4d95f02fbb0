package org.socialvaluehub.spend.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.spend.RememberedMappings;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.SpendTestFiles;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.SpendField;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class RememberedMappingsTest {

    @Autowired
    RememberedMappings mappings;

    @Autowired
    UploadRepository uploads;

    @Autowired
    ImportRepository importRecords;

    @Autowired
    SpendImports imports;

    @Autowired
    People people;

    private static final String GROSS = """
        Date,Supplier Name,Amount,Gross Paid
        01/05/2024,Acme Gross Ltd,100.00,120.00
        """;

    @Test
    void aBuyerWithoutAConfirmedMappingHasNone() throws Exception {
        assertThat(mappings.of(
                        people.organisation(OrganisationKind.BUYER, "Fresh Council"), SpendTestFiles.write(GROSS)))
                .isEmpty();
    }

    @Test
    void theMappingConfirmedIsUsedForTheNextFileWithTheSameHeadingsWhateverTheirCaseAndSpacing() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Remembering Council");
        uploads.remember(
                buyer,
                RememberedMappings.headingSet(SpendTestFiles.write(GROSS)),
                MappingText.format(ColumnMapping.confirmed(
                        Map.of(SpendField.DATE, 1, SpendField.SUPPLIER_NAME, 2, SpendField.AMOUNT, 4))));
        var next = SpendTestFiles.write("""
            DATE , supplier   name,AMOUNT,gross paid
            02/05/2024,Acme Gross Ltd,200.00,240.00
            """);

        ColumnMapping remembered = mappings.of(buyer, next).orElseThrow();
        var result = imports.importFile(buyer, "gross.csv", next, remembered, SpendImports.Progress.NONE);

        assertThat(RememberedMappings.describe(remembered)).contains("amount=4");
        assertThat(importRecords.addedPence(result.importId())).isEqualTo(24_000);
    }

    @Test
    void aMappingIsNotUsedForAFileWithOtherHeadings() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Two Layouts Council");
        uploads.remember(
                buyer,
                RememberedMappings.headingSet(SpendTestFiles.write(GROSS)),
                MappingText.format(ColumnMapping.confirmed(
                        Map.of(SpendField.DATE, 1, SpendField.SUPPLIER_NAME, 2, SpendField.AMOUNT, 4))));

        assertThat(mappings.of(buyer, SpendTestFiles.write("""
                Date,Supplier Name,Net Amount,Description
                02/05/2024,Acme Gross Ltd,200.00,Paper
                """))).isEmpty();
    }
}
