package org.socialvaluehub.measures;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code measures_deflator_series}: every save is kept, the newest is used. */
@Repository
class DeflatorRepository {

    /** The newest saved series as its CSV text, with who saved it when. */
    record Saved(String contentCsv, Instant savedAt, String savedBy) {}

    private final JdbcClient jdbc;

    DeflatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String contentCsv, String sourceName, String sourceUrl, String savedBy) {
        jdbc.sql("""
                insert into measures_deflator_series (content_csv, source_name, source_url, saved_by)
                values (:csv, :name, :url, :by)""")
                .param("csv", contentCsv)
                .param("name", sourceName)
                .param("url", sourceUrl)
                .param("by", savedBy)
                .update();
    }

    Optional<Saved> latest() {
        return jdbc.sql("select content_csv, saved_at, saved_by from measures_deflator_series order by id desc limit 1")
                .query((rs, n) -> new Saved(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .optional();
    }
}
