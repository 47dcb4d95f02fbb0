package org.socialvaluehub.organisations.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgIdTest {

    @Test
    void readsCompanyCharityAndMutualIdentifiers() {
        assertThat(OrgId.parse("GB-COH-01234567"))
                .hasValueSatisfying(id -> assertThat(id.number()).isEqualTo("01234567"));
        assertThat(OrgId.parse("gb-coh-SC123456")).map(OrgId::toString).hasValue("GB-COH-SC123456");
        assertThat(OrgId.parse("GB-CHC-1123456")).map(OrgId::toString).hasValue("GB-CHC-1123456");
        assertThat(OrgId.parse("GB-CHC-1123456-1")).isPresent();
        assertThat(OrgId.parse("GB-MPR-12345R")).map(OrgId::toString).hasValue("GB-MPR-12345R");
    }

    @Test
    void refusesWrongRegistersAndShapes() {
        assertThat(OrgId.parse("GB-XYZ-01234567")).isEmpty();
        assertThat(OrgId.parse("GB-COH-1234567")).isEmpty();
        assertThat(OrgId.parse("GB-COH-XX123456")).isEmpty();
        assertThat(OrgId.parse("GB-CHC-12345")).isEmpty();
        assertThat(OrgId.parse("GB-MPR-12345RR")).isEmpty();
        assertThat(OrgId.parse("01234567")).isEmpty();
        assertThat(OrgId.parse(null)).isEmpty();
    }

    @Test
    void derivesIdentifiersFromNumbersAsPeopleTypeThem() {
        assertThat(OrgId.of(OrgId.Scheme.COH, "1234567")).map(OrgId::toString).hasValue("GB-COH-01234567");
        assertThat(OrgId.of(OrgId.Scheme.MPR, "IP 30198R")).map(OrgId::toString).hasValue("GB-MPR-30198R");
        assertThat(OrgId.charity("1123456")).map(OrgId::toString).hasValue("GB-CHC-1123456");
        assertThat(OrgId.charity("SC012345")).map(OrgId::toString).hasValue("GB-SC-SC012345");
        assertThat(OrgId.charity("NIC100001")).map(OrgId::toString).hasValue("GB-NIC-100001");
        assertThat(OrgId.of(OrgId.Scheme.COH, "123456789")).isEmpty();
    }
}
