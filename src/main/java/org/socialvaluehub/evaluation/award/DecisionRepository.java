package org.socialvaluehub.evaluation.award;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code eval_decision} and its approvals. */
@Repository
class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Decision> find(long opportunityId) {
        return jdbc.sql("select * from eval_decision where opportunity_id = :o").param("o", opportunityId)
                .query((rs, n) -> new Decision(opportunityId, rs.getLong("bid_id"), rs.getString("rationale"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getTimestamp("awarded_at") == null ? null : rs.getTimestamp("awarded_at").toInstant(),
                        approvals(opportunityId)))
                .optional();
    }

    /** Records (or replaces) the decision; a changed decision loses its approvals, which were for the old one. */
    void record(long opportunityId, long bidId, String rationale, long userId) {
        jdbc.sql("delete from eval_approval where opportunity_id = :o").param("o", opportunityId).update();
        jdbc.sql("""
                insert into eval_decision (opportunity_id, bid_id, rationale, recorded_by) values (:o, :b, :r, :u)
                on conflict (opportunity_id) do update set bid_id = :b, rationale = :r, recorded_by = :u, recorded_at = now()""")
                .param("o", opportunityId).param("b", bidId).param("r", rationale).param("u", userId).update();
    }

    void approve(long opportunityId, long userId, String displayName) {
        jdbc.sql("""
                insert into eval_approval (opportunity_id, user_id, display_name) values (:o, :u, :name)
                on conflict do nothing""").param("o", opportunityId).param("u", userId).param("name", displayName).update();
    }

    void awarded(long opportunityId, Instant at) {
        jdbc.sql("update eval_decision set awarded_at = :at where opportunity_id = :o")
                .param("at", Timestamp.from(at)).param("o", opportunityId).update();
    }

    private List<Decision.Approval> approvals(long opportunityId) {
        return jdbc.sql("select * from eval_approval where opportunity_id = :o order by approved_at, user_id")
                .param("o", opportunityId)
                .query((rs, n) -> new Decision.Approval(rs.getLong("user_id"), rs.getString("display_name"),
                        rs.getTimestamp("approved_at").toInstant()))
                .list();
    }
}
