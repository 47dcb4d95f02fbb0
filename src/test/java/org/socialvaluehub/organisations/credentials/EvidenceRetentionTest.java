package org.socialvaluehub.organisations.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.platform.RetentionRuns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Evidence of a credential that no longer counts is deleted after the stated period; live evidence stays. */
@HubTest
class EvidenceRetentionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    RetentionRuns retention;

    private long supplier;

    @BeforeEach
    void supplier() {
        supplier = people.organisation(OrganisationKind.SUPPLIER, "Evidence Keeper");
    }

    @Test
    void evidenceOfARejectedCredentialIsDeletedAfterSixMonthsAndTheClaimStays() {
        long file = file();
        long claim = credential("REAL_LIVING_WAGE", file, null, "REJECTED");
        long live = credential("B_CORP", file(), null, "VERIFIED");

        retention.now("credential-evidence");
        assertThat(exists(file)).isTrue();

        retention.afterPeriod("credential-evidence");
        assertThat(exists(file)).isFalse();
        assertThat(jdbc.sql("select count(*) from org_credential where id = :id and evidence_file_id is null")
                        .param("id", claim)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select evidence_file_id from org_credential where id = :id")
                        .param("id", live)
                        .query(Long.class)
                        .optional())
                .isPresent();
    }

    @Test
    void evidenceOfAnExpiredCredentialIsDeletedSixMonthsAfterItsExpiryDate() {
        LocalDate expires = LocalDate.now().plusDays(20);
        long file = file();
        credential("ISO_14001", file, expires, "VERIFIED");

        retention.afterPeriod("credential-evidence");
        assertThat(exists(file)).isTrue();

        retention.afterPeriodFrom(
                "credential-evidence",
                expires.plusDays(1).atStartOfDay(ZoneId.of("Europe/London")).toInstant());
        assertThat(exists(file)).isFalse();
    }

    @Test
    void evidenceOfAReplacedClaimIsDeletedAndTheNewClaimsEvidenceIsKept() {
        long old = file();
        credential("CARBON_LITERACY", old, null, "VERIFIED");
        long newer = file();
        credential("CARBON_LITERACY", newer, null, "CLAIMED");

        retention.afterPeriod("credential-evidence");
        assertThat(exists(old)).isFalse();
        assertThat(exists(newer)).isTrue();
    }

    private long file() {
        return jdbc.sql("""
                insert into org_evidence_file (organisation_id, file_name, content_type, size_bytes, content)
                values (:o, 'certificate.pdf', 'application/pdf', 3, '\\x255044'::bytea) returning id
                """).param("o", supplier).query(Long.class).single();
    }

    private long credential(String type, long file, LocalDate expires, String status) {
        return jdbc.sql("""
                insert into org_credential (organisation_id, type_code, evidence_file_id, expires_on, status,
                    verified_at)
                values (:o, :t, :f, :e, :s, case when :s in ('VERIFIED', 'REJECTED') then now() end) returning id""")
                .param("o", supplier)
                .param("t", type)
                .param("f", file)
                .param("e", expires == null ? null : Date.valueOf(expires))
                .param("s", status)
                .query(Long.class)
                .single();
    }

    private boolean exists(long file) {
        return jdbc.sql("select count(*) from org_evidence_file where id = :id")
                        .param("id", file)
                        .query(Integer.class)
                        .single()
                == 1;
    }
}
