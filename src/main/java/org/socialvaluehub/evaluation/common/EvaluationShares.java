package org.socialvaluehub.evaluation.common;

import org.socialvaluehub.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which evaluations their council has shared with the partnership team (a choice per evaluation, recorded in the
 * evaluation's audit trail); only shared ones are read by the coordinators of partnership reporting.
 */
@Component
public class EvaluationShares {

    private final JdbcClient jdbc;
    private final EvaluationAudit audit;

    EvaluationShares(JdbcClient jdbc, EvaluationAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public boolean isShared(Evaluation evaluation) {
        return jdbc.sql("select exists (select 1 from eval_share where opportunity_id = :id and lot = :lot)")
                .param("id", evaluation.id())
                .param("lot", evaluation.lotNumber())
                .query(Boolean.class)
                .single();
    }

    /** Shares or stops sharing; a choice that changes nothing is not recorded again. */
    @Transactional
    public void share(Evaluation evaluation, boolean shared, SignedInUser by) {
        int changed = shared
                ? jdbc.sql("""
                        insert into eval_share (opportunity_id, lot, shared_by) values (:id, :lot, :by)
                        on conflict do nothing""")
                        .param("id", evaluation.id())
                        .param("lot", evaluation.lotNumber())
                        .param("by", by.id())
                        .update()
                : jdbc.sql("delete from eval_share where opportunity_id = :id and lot = :lot")
                        .param("id", evaluation.id())
                        .param("lot", evaluation.lotNumber())
                        .update();
        if (changed > 0) {
            audit.record(evaluation, by, shared ? "evaluation.shared" : "evaluation.unshared", "");
        }
    }
}
