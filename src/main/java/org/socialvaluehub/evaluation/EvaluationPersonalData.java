package org.socialvaluehub.evaluation;

import java.util.List;
import java.util.Set;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.socialvaluehub.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What evaluation holds about a person who evaluated, moderated, decided or approved. None of it is
 * erased: the Procurement Act 2023 s.98 requires the records of how a contract was awarded to be kept.
 */
@Component
class EvaluationPersonalData implements PersonalDataHolder {

    static final String DUTY = "personalData.duty.procurementAct";

    private final JdbcClient jdbc;

    EvaluationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of(
                "eval_evaluator.user_id",
                "eval_conflict.user_id",
                "eval_score.evaluator_id",
                "eval_moderation.moderated_by",
                "eval_decision.recorded_by",
                "eval_approval.user_id",
                "eval_audit.user_id",
                "eval_bid.updated_by");
    }

    @Override
    public List<Records> export(Subject person) {
        PersonalRows rows = new PersonalRows(jdbc, person);
        return List.of(
                rows.records(
                        "eval_evaluator",
                        "personalData.eval_evaluator",
                        "select opportunity_id, display_name, submitted_at from eval_evaluator "
                                + "where user_id = :id order by 1"),
                rows.records("eval_conflict", "personalData.eval_conflict", """
                        select opportunity_id, supplier_id, conflicted, note, declared_at from eval_conflict
                        where user_id = :id order by declared_at"""),
                rows.records("eval_score", "personalData.eval_score", """
                        select bid_id, question_id, score, justification, scored_at from eval_score
                        where evaluator_id = :id order by scored_at"""),
                rows.records("eval_moderation", "personalData.eval_moderation", """
                        select bid_id, question_id, score, rationale, moderated_at from eval_moderation
                        where moderated_by = :id order by moderated_at"""),
                rows.records(
                        "eval_decision",
                        "personalData.eval_decision",
                        "select opportunity_id, bid_id, rationale, recorded_at from eval_decision "
                                + "where recorded_by = :id"),
                rows.records(
                        "eval_approval",
                        "personalData.eval_approval",
                        "select opportunity_id, display_name, approved_at from eval_approval where user_id = :id"),
                rows.records("eval_audit", "personalData.eval_audit", """
                        select opportunity_id, occurred_at, actor, action, detail from eval_audit where user_id = :id
                        order by id"""),
                rows.records(
                        "eval_bid",
                        "personalData.eval_bid",
                        "select id, opportunity_id, supplier_id, status, updated_at from eval_bid "
                                + "where updated_by = :id"));
    }

    @Override
    public List<Erasure> erase(Subject person) {
        return export(person).stream()
                .map(r -> Erasure.kept(r.table(), r.rows().size(), DUTY))
                .toList();
    }
}
