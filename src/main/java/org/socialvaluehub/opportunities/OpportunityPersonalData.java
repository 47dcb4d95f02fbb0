package org.socialvaluehub.opportunities;

import java.util.List;
import java.util.Set;
import org.socialvaluehub.accounts.PersonLeft;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.socialvaluehub.shared.PersonalRows;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What opportunities holds about a person: their alerts, expressions of interest and clarification
 * questions. Alerts and digests stop as soon as the person leaves.
 */
@Component
class OpportunityPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    OpportunityPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void stopAlerts(PersonLeft left) {
        jdbc.sql("delete from opp_alert where user_id = :id")
                .param("id", left.personId())
                .update();
    }

    @Override
    public Set<String> personColumns() {
        return Set.of(
                "opp_alert.user_id",
                "opp_alert.email",
                "opp_interest.user_id",
                "opp_interest.email",
                "opp_question.asked_by");
    }

    @Override
    public List<Records> export(Subject person) {
        PersonalRows rows = new PersonalRows(jdbc, person);
        return List.of(
                rows.records("opp_alert", "personalData.opp_alert", """
                        select email, query, kind, division, value_band, buyer_id, sme, vcse, locality, frequency,
                            created_at
                        from opp_alert where user_id = :id order by created_at"""),
                rows.records("opp_interest", "personalData.opp_interest", """
                        select opportunity_id, supplier_id, email, created_at from opp_interest where user_id = :id
                        order by created_at"""),
                rows.records("opp_question", "personalData.opp_question", """
                        select opportunity_id, supplier_id, question, answer, created_at from opp_question
                        where asked_by = :id order by created_at"""));
    }

    /**
     * Questions are published without the asker's name, so they stay; the asker's id leads nowhere once the account
     * goes.
     */
    @Override
    public List<Erasure> erase(Subject person) {
        PersonalRows rows = new PersonalRows(jdbc, person);
        int alerts = rows.update("delete from opp_alert where user_id = :id");
        int interests = rows.update("update opp_interest set user_id = 0, email = '' where user_id = :id");
        int questions = rows.count("select count(*) from opp_question where asked_by = :id");
        return List.of(
                Erasure.done("opp_alert", Outcome.ERASED, alerts),
                Erasure.done("opp_interest", Outcome.ANONYMISED, interests),
                Erasure.kept("opp_question", questions, "personalData.duty.publishedAnonymously"));
    }
}
