package org.socialvaluehub.measures;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.measures.core.PriorityWeights;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code measures_priority_set} and its points; sets are only ever added, never changed. */
@Repository
class PrioritySetRepository {

    private final JdbcClient jdbc;

    PrioritySetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(int versionNumber, PriorityWeights weights, String reasoning, String publishedBy, Instant at) {
        long id = jdbc.sql("""
                insert into measures_priority_set (version_number, reasoning, published_by, published_at)
                values (:version, :reasoning, :by, :at) returning id""")
                .param("version", versionNumber)
                .param("reasoning", reasoning)
                .param("by", publishedBy)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
        int position = 0;
        for (var entry : weights.pointsByOutcome().entrySet()) {
            jdbc.sql("""
                    insert into measures_priority_points (set_id, outcome_code, points, position)
                    values (:id, :code, :points, :position)""")
                    .param("id", id)
                    .param("code", entry.getKey())
                    .param("points", entry.getValue())
                    .param("position", position++)
                    .update();
        }
        return id;
    }

    Optional<PrioritySet> latest() {
        return history().stream().findFirst();
    }

    /** Every published set, newest first. */
    List<PrioritySet> history() {
        return jdbc.sql("select * from measures_priority_set order by published_at desc, id desc")
                .query((rs, n) -> new PrioritySet(
                        rs.getLong("id"),
                        rs.getInt("version_number"),
                        points(rs.getLong("id")),
                        rs.getString("reasoning"),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getString("published_by")))
                .list();
    }

    private PriorityWeights points(long setId) {
        Map<String, Integer> points = new LinkedHashMap<>();
        jdbc.sql("select outcome_code, points from measures_priority_points where set_id = :id order by position")
                .param("id", setId)
                .query((rs, n) -> points.put(rs.getString(1), rs.getInt(2)))
                .list();
        return new PriorityWeights(points);
    }
}
