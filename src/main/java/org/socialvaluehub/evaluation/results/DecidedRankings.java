package org.socialvaluehub.evaluation.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.core.WeightedSumResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps, with the recorded decision ({@code eval_decision.ranking}), the ranking and moderated scores it was made on.
 */
@Repository
class DecidedRankings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a decision was made on: the moderated scores (bid id and question id to score) and the ranking. */
    record Snapshot(Map<String, Integer> consensus, List<WeightedSumResult.Row> rows) {}

    private final JdbcClient jdbc;

    DecidedRankings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Evaluation e, Snapshot snapshot) {
        jdbc.sql("update eval_decision set ranking = cast(:ranking as jsonb) where opportunity_id = :o and lot = :lot")
                .param("ranking", JSON.writeValueAsString(snapshot))
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .update();
    }

    /** The snapshot of the recorded decision; empty without a decision, or for one recorded before snapshots. */
    Optional<Snapshot> find(Evaluation e) {
        return jdbc.sql("select ranking::text from eval_decision where opportunity_id = :o and lot = :lot "
                        + "and ranking is not null")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .query(String.class)
                .optional()
                .map(json -> JSON.readValue(json, Snapshot.class));
    }
}
