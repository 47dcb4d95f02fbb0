package org.socialvaluehub.organisations.credentials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.organisations.Credential;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code org_credential}, {@code org_credential_type} and {@code org_evidence_file}. */
@Repository
class CredentialRepository {

    static final String SELECT = """
            select c.*, t.name as type_name, f.file_name from org_credential c
            join org_credential_type t on t.code = c.type_code
            left join org_evidence_file f on f.id = c.evidence_file_id""";

    private final JdbcClient jdbc;

    CredentialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Credential> ofOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " where c.organisation_id = :id order by t.name, c.id")
                .param("id", organisationId)
                .query(CredentialRepository::map)
                .list();
    }

    List<Credential> withStatus(Credential.Status status) {
        return jdbc.sql(SELECT + " where c.status = :status order by c.created_at")
                .param("status", status.name())
                .query(CredentialRepository::map)
                .list();
    }

    Optional<Credential> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id)
                .query(CredentialRepository::map)
                .optional();
    }

    long insert(long organisationId, NewCredential c, Long fileId) {
        return jdbc.sql("""
                insert into org_credential (organisation_id, type_code, level, evidence_link, evidence_file_id,
                    expires_on)
                values (:org, :type, :level, :link, :file, :expires) returning id""")
                .param("org", organisationId)
                .param("type", c.typeCode())
                .param("level", c.level())
                .param("link", c.evidenceLink())
                .param("file", fileId)
                .param("expires", c.expiresOn())
                .query(Long.class)
                .single();
    }

    long insertFile(long organisationId, NewCredential.EvidenceFile file) {
        return jdbc.sql("""
                insert into org_evidence_file (organisation_id, file_name, content_type, size_bytes, content)
                values (:org, :name, :type, :size, :content) returning id""")
                .param("org", organisationId)
                .param("name", file.fileName())
                .param("type", file.type().contentType())
                .param("size", file.content().length)
                .param("content", file.content())
                .query(Long.class)
                .single();
    }

    Optional<EvidenceDownload> file(long fileId) {
        return jdbc.sql("select file_name, content_type, content from org_evidence_file where id = :id")
                .param("id", fileId)
                .query((rs, row) -> new EvidenceDownload(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    void decide(long id, Credential.Status status, String by, String reason) {
        jdbc.sql("""
                update org_credential set status = :status, rejected_reason = coalesce(:reason, rejected_reason),
                       verified_by = coalesce(:by, verified_by),
                       verified_at = case when :status in ('VERIFIED', 'REJECTED') then now() else verified_at end
                where id = :id""")
                .param("id", id)
                .param("status", status.name())
                .param("by", by)
                .param("reason", reason)
                .update();
    }

    List<CredentialType> types() {
        return jdbc.sql("select * from org_credential_type order by built_in desc, name")
                .query((rs, row) -> new CredentialType(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("levels") == null
                                ? List.of()
                                : Arrays.asList(rs.getString("levels").split("\\|")),
                        rs.getBoolean("built_in")))
                .list();
    }

    void insertType(String code, String name, String levels) {
        jdbc.sql("insert into org_credential_type (code, name, levels) values (:code, :name, :levels) on"
                        + " conflict do nothing")
                .param("code", code)
                .param("name", name)
                .param("levels", levels)
                .update();
    }

    static Credential map(ResultSet rs, int row) throws SQLException {
        var verifiedAt = rs.getTimestamp("verified_at");
        var expires = rs.getDate("expires_on");
        return new Credential(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getString("type_code"),
                rs.getString("type_name"),
                rs.getString("level"),
                rs.getString("evidence_link"),
                (Long) rs.getObject("evidence_file_id"),
                rs.getString("file_name"),
                expires == null ? null : expires.toLocalDate(),
                Credential.Status.valueOf(rs.getString("status")),
                rs.getString("verified_by"),
                verifiedAt == null ? null : verifiedAt.toInstant(),
                rs.getString("rejected_reason"));
    }
}
