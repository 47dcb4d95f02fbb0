package org.socialvaluehub.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void padsCompanyNumbersToEightDigits() {
        assertThat(Identifiers.companyNumber("1234567")).contains("01234567");
        assertThat(Identifiers.companyNumber(" 0123 4567 ")).contains("01234567");
    }

    @Test
    void acceptsPrefixedCompanyNumbersOfOtherRegisters() {
        assertThat(Identifiers.companyNumber("sc123456")).contains("SC123456");
        assertThat(Identifiers.companyNumber("OC301234")).contains("OC301234");
    }

    @Test
    void refusesCompanyNumbersOfTheWrongShape() {
        assertThat(Identifiers.companyNumber("123456789")).isEmpty();
        assertThat(Identifiers.companyNumber("XX123456")).isEmpty();
        assertThat(Identifiers.companyNumber("ABC")).isEmpty();
    }

    @Test
    void acceptsCharityNumbersOfTheThreeUkRegulators() {
        assertThat(Identifiers.charityNumber("1123456")).contains("1123456");
        assertThat(Identifiers.charityNumber("202918-1")).contains("202918-1");
        assertThat(Identifiers.charityNumber("sc012345")).contains("SC012345");
        assertThat(Identifiers.charityNumber("NIC100001")).contains("NIC100001");
    }

    @Test
    void refusesCharityNumbersOfTheWrongShape() {
        assertThat(Identifiers.charityNumber("12345")).isEmpty();
        assertThat(Identifiers.charityNumber("charity")).isEmpty();
    }
}
