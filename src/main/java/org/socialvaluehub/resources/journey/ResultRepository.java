package org.socialvaluehub.resources.journey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.resources.core.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps each organisation's self-assessment results in {@code resource_journey_result} and its stages. */
@Repository
class ResultRepository {

    private final JdbcClient jdbc;

    ResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, String audience, String takenBy, List<Assessment.Row> rows) {
        long id = jdbc.sql("""
                insert into resource_journey_result (organisation_id, audience, taken_by) values (:org, :audience, :by)
                returning id""")
                .param("org", organisationId)
                .param("audience", audience)
                .param("by", takenBy)
                .query(Long.class)
                .single();
        for (int i = 0; i < rows.size(); i++) {
            Assessment.Row row = rows.get(i);
            jdbc.sql("""
                    insert into resource_journey_result_stage (result_id, dimension, name, position, stage)
                    values (:id, :dimension, :name, :position, :stage)""")
                    .param("id", id)
                    .param("dimension", row.dimension())
                    .param("name", row.name())
                    .param("position", i + 1)
                    .param("stage", row.stage().name())
                    .update();
        }
        return id;
    }

    Optional<Assessment> find(long id) {
        return load("r.id = :key", id).stream().findFirst();
    }

    /** The organisation's results, the newest first. */
    List<Assessment> ofOrganisation(long organisationId) {
        return load("r.organisation_id = :key", organisationId);
    }

    private List<Assessment> load(String condition, long key) {
        Map<Long, Assessment> results = new LinkedHashMap<>();
        jdbc.sql("""
                select r.id, r.organisation_id, r.audience, r.taken_at, s.dimension, s.name, s.stage
                from resource_journey_result r join resource_journey_result_stage s on s.result_id = r.id
                where %s order by r.taken_at desc, r.id desc, s.position""".formatted(condition))
                .param("key", key)
                .query((rs, n) -> results.computeIfAbsent(rs.getLong("id"), k -> uncheckedResult(rs))
                        .stages()
                        .add(new Assessment.Row(
                                rs.getString("dimension"), rs.getString("name"), Stage.valueOf(rs.getString("stage")))))
                .list();
        return List.copyOf(results.values());
    }

    private static Assessment uncheckedResult(ResultSet rs) {
        try {
            return new Assessment(
                    rs.getLong("id"),
                    rs.getLong("organisation_id"),
                    rs.getString("audience"),
                    rs.getTimestamp("taken_at").toInstant(),
                    new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
