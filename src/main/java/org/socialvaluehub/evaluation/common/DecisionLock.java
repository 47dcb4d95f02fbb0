package org.socialvaluehub.evaluation.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one guard every change to scores, consensus, conflicts, weights, evaluators and bids passes: once a
 * decision is recorded (and after the award) the evaluation is frozen, so the decision and what it rests on
 * cannot drift apart.
 */
@Component
public class DecisionLock {

    private final JdbcClient jdbc;

    DecisionLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean decided(Evaluation evaluation) {
        return jdbc.sql("select exists (select 1 from eval_decision where opportunity_id = :o and lot = :lot)")
                .param("o", evaluation.id())
                .param("lot", evaluation.lotNumber())
                .query(Boolean.class)
                .single();
    }

    /** Refuses (409) when a decision is recorded; the decision must be withdrawn first. */
    public void requireUndecided(Evaluation evaluation) {
        if (decided(evaluation)) {
            throw Refused.conflict("evaluation.refused.decided");
        }
    }
}
