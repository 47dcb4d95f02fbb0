package org.socialvaluehub.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code measures_framework_version}: the one draft and the published versions. */
@Repository
class FrameworkVersionRepository {

    private final JdbcClient jdbc;

    FrameworkVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredVersion> draft() {
        return jdbc.sql("select * from measures_framework_version where status = 'DRAFT'")
                .query(FrameworkVersionRepository::map)
                .optional();
    }

    Optional<StoredVersion> find(long id) {
        return jdbc.sql("select * from measures_framework_version where id = :id")
                .param("id", id)
                .query(FrameworkVersionRepository::map)
                .optional();
    }

    Optional<StoredVersion> published(int number) {
        return jdbc.sql("select * from measures_framework_version where number = :n and status = 'PUBLISHED'")
                .param("n", number)
                .query(FrameworkVersionRepository::map)
                .optional();
    }

    Optional<StoredVersion> latestPublished() {
        return jdbc.sql("""
                select * from measures_framework_version where status = 'PUBLISHED'
                order by number desc limit 1""").query(FrameworkVersionRepository::map).optional();
    }

    /** Published versions, newest first. */
    List<StoredVersion> publishedVersions() {
        return jdbc.sql("select * from measures_framework_version where status = 'PUBLISHED' order by number desc")
                .query(FrameworkVersionRepository::map)
                .list();
    }

    long insertDraft(String contentCsv, Integer basedOn) {
        return jdbc.sql("""
                insert into measures_framework_version (status, content_csv, based_on)
                values ('DRAFT', :csv, :basedOn) returning id""")
                .param("csv", contentCsv)
                .param("basedOn", basedOn)
                .query(Long.class)
                .single();
    }

    /** Only a draft row is ever updated; the database trigger refuses any change to a published one. */
    void updateContent(long id, String contentCsv) {
        jdbc.sql("update measures_framework_version set content_csv = :csv, updated_at = now() where id = :id")
                .param("csv", contentCsv)
                .param("id", id)
                .update();
    }

    /** Turns the draft into the next published version and returns its number. */
    int publish(long id, String changeNote, String publishedBy, Instant at) {
        return jdbc.sql("""
                update measures_framework_version
                set status = 'PUBLISHED', change_note = :note, published_by = :by, published_at = :at,
                    number = (select coalesce(max(number), 0) + 1 from measures_framework_version)
                where id = :id and status = 'DRAFT' returning number""")
                .param("note", changeNote)
                .param("by", publishedBy)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private static StoredVersion map(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new StoredVersion(
                rs.getLong("id"),
                (Integer) rs.getObject("number"),
                "PUBLISHED".equals(rs.getString("status")),
                rs.getString("content_csv"),
                (Integer) rs.getObject("based_on"),
                rs.getString("change_note"),
                rs.getTimestamp("updated_at").toInstant(),
                published == null ? null : published.toInstant(),
                rs.getString("published_by"));
    }
}
