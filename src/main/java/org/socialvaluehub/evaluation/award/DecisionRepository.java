package org.socialvaluehub.evaluation.award;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code eval_decision} and its approvals, one decision per evaluation (opportunity or lot). */
@Repository
class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Decision> find(Evaluation e) {
        return jdbc.sql("select * from eval_decision where opportunity_id = :o and lot = :lot")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .query((rs, n) -> new Decision(
                        e.id(),
                        rs.getLong("bid_id"),
                        rs.getString("rationale"),
                        rs.getLong("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getTimestamp("awarded_at") == null
                                ? null
                                : rs.getTimestamp("awarded_at").toInstant(),
                        approvals(e)))
                .optional();
    }

    /** Whether every one of these evaluations (the lots of one opportunity) has been awarded. */
    boolean allAwarded(List<Evaluation> evaluations) {
        return evaluations.stream().allMatch(e -> find(e).map(Decision::awarded).orElse(false));
    }

    /** Records (or replaces) the decision; a changed decision loses its approvals, which were for the old one. */
    void record(Evaluation e, long bidId, String rationale, long userId) {
        jdbc.sql("delete from eval_approval where opportunity_id = :o and lot = :lot")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .update();
        jdbc.sql("""
                insert into eval_decision (opportunity_id, lot, bid_id, rationale, recorded_by)
                values (:o, :lot, :b, :r, :u)
                on conflict (opportunity_id, lot) do update set bid_id = :b, rationale = :r, recorded_by = :u,
                    recorded_at = now()""")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .param("b", bidId)
                .param("r", rationale)
                .param("u", userId)
                .update();
    }

    /** Removes the decision with its approvals and the ranking kept with it. */
    void withdraw(Evaluation e) {
        jdbc.sql("delete from eval_approval where opportunity_id = :o and lot = :lot")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .update();
        jdbc.sql("delete from eval_decision where opportunity_id = :o and lot = :lot")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .update();
    }

    void approve(Evaluation e, long userId, String displayName) {
        jdbc.sql("""
                insert into eval_approval (opportunity_id, lot, user_id, display_name) values (:o, :lot, :u, :name)
                on conflict do nothing""")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .param("u", userId)
                .param("name", displayName)
                .update();
    }

    void awarded(Evaluation e, Instant at) {
        jdbc.sql("update eval_decision set awarded_at = :at where opportunity_id = :o and lot = :lot")
                .param("at", Timestamp.from(at))
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .update();
    }

    private List<Decision.Approval> approvals(Evaluation e) {
        return jdbc.sql("select * from eval_approval where opportunity_id = :o and lot = :lot "
                        + "order by approved_at, user_id")
                .param("o", e.id())
                .param("lot", e.lotNumber())
                .query((rs, n) -> new Decision.Approval(
                        rs.getLong("user_id"),
                        rs.getString("display_name"),
                        rs.getTimestamp("approved_at").toInstant()))
                .list();
    }
}
