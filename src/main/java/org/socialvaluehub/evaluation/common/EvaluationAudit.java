package org.socialvaluehub.evaluation.common;

import java.time.Instant;
import java.util.List;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The evaluation's audit trail: every model change, bid action, score, moderation and decision, in order. */
@Component
public class EvaluationAudit {

    /** One recorded step, and who took it ({@code userId} is null for the system). */
    public record Entry(long id, Instant occurredAt, String actor, String action, String detail, Long userId) {

        public Entry withWords(String newActor, String newDetail) {
            return new Entry(id, occurredAt, newActor, action, newDetail, userId);
        }
    }

    private final JdbcClient jdbc;

    EvaluationAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Evaluation evaluation, SignedInUser user, String action, String detail) {
        jdbc.sql("""
                insert into eval_audit (opportunity_id, lot, user_id, actor, action, detail)
                values (:opportunity, :lot, :user, :actor, :action, :detail)""")
                .param("opportunity", evaluation.id())
                .param("lot", evaluation.lotNumber())
                .param("user", user == null ? null : user.id())
                .param("actor", user == null ? "system" : user.displayName() + " <" + user.email() + ">")
                .param("action", action)
                .param("detail", detail == null ? "" : detail)
                .update();
    }

    /** The trail in order; bid activity (which would name the bidders) only once the bids are open. */
    public List<Entry> trail(Evaluation evaluation, boolean bidsOpen) {
        return jdbc.sql("""
                select * from eval_audit where opportunity_id = :id and lot = :lot
                and (:open or action not like 'bid.%')
                order by id""")
                .param("id", evaluation.id())
                .param("lot", evaluation.lotNumber())
                .param("open", bidsOpen)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("detail"),
                        (Long) rs.getObject("user_id")))
                .list();
    }
}
