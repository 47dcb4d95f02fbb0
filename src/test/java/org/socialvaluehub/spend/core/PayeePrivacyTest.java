package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialvaluehub.spend.core.PayeePrivacy.Flag;

class PayeePrivacyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "John Smith",
                "Mrs J Smith",
                "SMITH, JOHN",
                "Mary-Ann O'Neill",
                "Dr. A. B. Patel",
                "Siobhán Ní Bhriain",
                "  jane   doe  ",
                "J. R. R. Tolkien"
            })
    void aNameWithoutAnyCompanyOrCharityMarkerLooksLikeAPerson(String payee) {
        assertThat(PayeePrivacy.looksLikePerson(payee)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Acme Ltd",
                "Acme Limited",
                "Big Builders PLC",
                "Thames Law LLP",
                "Cowley Food CIC",
                "Oxford Preservation Trust",
                "Kingsmead City Council",
                "Smith & Sons",
                "Smith and Sons",
                "Amazon",
                "Redacted",
                "",
                "   ",
                "3M United Kingdom",
                "Jones Plumbing Services",
                "HMRC",
                "Age UK Oxfordshire",
                "St Mary's Church",
                "A B C D E Smith"
            })
    void anOrganisationASingleWordOrABlankDoesNot(String payee) {
        assertThat(PayeePrivacy.looksLikePerson(payee)).isFalse();
    }

    @Test
    void aNullPayeeDoesNotLookLikeAPerson() {
        assertThat(PayeePrivacy.looksLikePerson(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Care Packages - Adults",
                "Foster Care Allowance",
                "DIRECT PAYMENTS",
                "Adoption allowances",
                "Special Guardianship Orders",
                "Residential care placements",
                "Section 17 payments",
                "Home-Care"
            })
    void expenseTypesAboutThePersonPaidAreSensitive(String type) {
        assertThat(PayeePrivacy.isSensitiveExpenseType(type)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stationery", "Building repairs", "Consultancy", "Grounds maintenance"})
    void everydayExpenseTypesAreNot(String type) {
        assertThat(PayeePrivacy.isSensitiveExpenseType(type)).isFalse();
    }

    @Test
    void aSensitiveExpenseTypeIsFlaggedWhoeverThePayeeIs() {
        assertThat(PayeePrivacy.classify("Sunrise Homes Ltd", "Care packages", true))
                .isEqualTo(Flag.SENSITIVE_EXPENSE_TYPE);
        assertThat(PayeePrivacy.classify("John Smith", "Direct payments", false))
                .isEqualTo(Flag.SENSITIVE_EXPENSE_TYPE);
    }

    @Test
    void aPersonLikePayeeIsFlaggedOnlyWhenMatchedToNoOrganisation() {
        assertThat(PayeePrivacy.classify("John Smith", "Stationery", false)).isEqualTo(Flag.PERSON_LIKE_PAYEE);
        assertThat(PayeePrivacy.classify("John Smith", "Stationery", true)).isEqualTo(Flag.NONE);
        assertThat(PayeePrivacy.classify("Acme Ltd", "Stationery", false)).isEqualTo(Flag.NONE);
    }
}
