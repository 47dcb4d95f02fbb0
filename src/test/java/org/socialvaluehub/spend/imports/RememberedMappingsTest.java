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

    @Test
    void aBuyerWithoutAConfirmedMappingHasNone() {
        assertThat(mappings.of(people.organisation(OrganisationKind.BUYER, "Fresh Council")))
                .isEmpty();
    }

    @Test
    void theMappingConfirmedInTheBrowserIsUsedForTheNextImport() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Remembering Council");
        uploads.remember(
                buyer,
                MappingText.format(ColumnMapping.confirmed(
                        Map.of(SpendField.DATE, 1, SpendField.SUPPLIER_NAME, 2, SpendField.AMOUNT, 4))));

        ColumnMapping remembered = mappings.of(buyer).orElseThrow();
        var result = imports.importFile(
                buyer, "gross.csv", SpendTestFiles.write("""
            Date,Supplier Name,Amount,Gross Paid
            01/05/2024,Acme Gross Ltd,100.00,120.00
            """), remembered, SpendImports.Progress.NONE);

        assertThat(RememberedMappings.describe(remembered)).contains("amount=4");
        assertThat(importRecords.addedPence(result.importId())).isEqualTo(12_000);
    }
}
