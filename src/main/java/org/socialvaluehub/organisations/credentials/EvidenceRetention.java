package org.socialvaluehub.organisations.credentials;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneId;
import org.socialvaluehub.shared.RetentionStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evidence files of credentials that no longer count go after the stated period: rejected (from the decision),
 * expired (from the expiry date) or replaced by a newer claim of the same credential (from the newer claim), and
 * files no claim refers to. The credential's record stays, without its file.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceRetention {

    @Bean
    RetentionStep credentialEvidenceRetention(JdbcClient jdbc) {
        return RetentionStep.of(
                "credential-evidence",
                cutoff -> jdbc.sql("""
                        delete from org_evidence_file f
                        where f.created_at < :cutoff
                          and not exists (
                            select 1 from org_credential c
                            where c.evidence_file_id = f.id
                              and not coalesce(c.status = 'REJECTED' and c.verified_at < :cutoff, false)
                              and not coalesce(c.expires_on < :cutoffDate, false)
                              and not exists (
                                select 1 from org_credential newer
                                where newer.organisation_id = c.organisation_id and newer.type_code = c.type_code
                                  and newer.id > c.id and newer.created_at < :cutoff))""")
                        .param("cutoff", Timestamp.from(cutoff))
                        .param(
                                "cutoffDate",
                                Date.valueOf(cutoff.atZone(ZoneId.of("Europe/London"))
                                        .toLocalDate()))
                        .update());
    }
}
