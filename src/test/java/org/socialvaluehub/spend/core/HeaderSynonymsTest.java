package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderSynonymsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Supplier Name|SUPPLIER_NAME",
                "supplier_name|SUPPLIER_NAME",
                "Beneficiary Name|SUPPLIER_NAME",
                "'Name:  '|SUPPLIER_NAME",
                "Vendor Name|SUPPLIER_NAME",
                "Net Amount(£)|AMOUNT",
                "Amount Paid|AMOUNT",
                "AMOUNT (£):|AMOUNT",
                "Expenditure Catergory|EXPENSE_TYPE",
                "Paymnet Date|DATE",
                "Clearing Date|DATE",
                "Company/Charity No.|ORGANISATION_NUMBER",
                "Supplier Post Code|POSTCODE",
                "Transaction_Number|TRANSACTION_ID",
                "HBC ref no|TRANSACTION_ID",
                "Service Cost Centre|SERVICE_AREA",
                "Purpose of Expenditure|PURPOSE",
                "VAT Amount|VAT",
                "Capital/Revenue|CAPITAL_REVENUE",
                "Purchase Card|CARD_FLAG",
                "Supplier ID|SUPPLIER_ID"
            })
    void mapsDriftingHeadingsToFields(String heading, SpendField field) {
        assertThat(HeaderSynonyms.match(heading))
                .extracting(HeaderSynonyms.Match::field)
                .containsExactly(field);
    }

    @Test
    void ignoresHeadingsThatNameNoField() {
        assertThat(HeaderSynonyms.match("Body")).isEmpty();
        assertThat(HeaderSynonyms.match("")).isEmpty();
    }

    @Test
    void reportsTwoColumnsClaimingTheAmountAsAmbiguous() {
        ColumnMapping mapping = HeaderDetector.map(new String[] {"Date", "Supplier", "Net Amount", "Amount Paid"});

        assertThat(mapping.column(SpendField.AMOUNT)).isZero();
        assertThat(mapping.ambiguities()).singleElement().satisfies(a -> {
            assertThat(a.field()).isEqualTo(SpendField.AMOUNT);
            assertThat(a.columns()).containsExactly(3, 4);
        });
        assertThat(mapping.needsConfirmation()).isTrue();
    }

    @Test
    void prefersTheMainNameOverASecondaryOne() {
        ColumnMapping mapping = HeaderDetector.map(new String[] {"Invoice Date", "Payment Date", "Supplier", "Amount"});

        assertThat(mapping.column(SpendField.DATE)).isEqualTo(2);
        assertThat(mapping.ambiguities()).isEmpty();
    }

    @Test
    void reportsTwoColumnsNamingTheSupplierAsAmbiguous() {
        ColumnMapping mapping = HeaderDetector.map(new String[] {"Date", "Amount", "Vendor", "Payee"});

        assertThat(mapping.column(SpendField.SUPPLIER_NAME)).isZero();
        assertThat(mapping.ambiguities()).extracting(MappingAmbiguity::field).containsExactly(SpendField.SUPPLIER_NAME);
    }

    @Test
    void reportsATypoEquallyCloseToTwoFieldsAsAmbiguous() {
        List<HeaderSynonyms.Match> matches =
                HeaderSynonyms.match("Nat Value"); // one slip from both "net value" and "vat value"

        assertThat(matches)
                .extracting(HeaderSynonyms.Match::field)
                .containsExactlyInAnyOrder(SpendField.AMOUNT, SpendField.VAT);
        ColumnMapping mapping = HeaderDetector.map(new String[] {"Date", "Supplier", "Nat Value"});
        assertThat(mapping.column(SpendField.AMOUNT)).isZero();
        assertThat(mapping.ambiguities())
                .extracting(MappingAmbiguity::field)
                .containsExactlyInAnyOrder(SpendField.AMOUNT, SpendField.VAT);
    }

    @Test
    void theDictionaryFileHoldsEveryHeadingOnceAsNormalisationLeavesIt() {
        Map<String, HeaderSynonyms.Match> headings = HeaderSynonyms.read("header-synonyms.txt");

        assertThat(headings).hasSize(188);
        assertThat(headings.keySet())
                .allSatisfy(name -> assertThat(HeaderNames.normalise(name)).isEqualTo(name));
        assertThat(headings.get("invoice date"))
                .isEqualTo(new HeaderSynonyms.Match(SpendField.DATE, HeaderSynonyms.SECONDARY));
        assertThat(headings.get("card transaction"))
                .isEqualTo(new HeaderSynonyms.Match(SpendField.CARD_FLAG, HeaderSynonyms.MAIN));
    }
}
