package org.socialvaluehub.engagement;

import java.util.List;
import java.util.Set;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.socialvaluehub.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What engagement holds about a person: events they organised, their registrations, and their support
 * requests and messages. Erasure drops places at events still to come and keeps past registrations and
 * support threads under the label "Former member", so attendance counts and answers stay true.
 */
@Component
class EngagementPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    EngagementPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of(
                "eng_event.created_by",
                "eng_registration.user_id",
                "eng_registration.email",
                "eng_support_request.requester_id",
                "eng_support_request.requester_email",
                "eng_support_request.assignee_id",
                "eng_support_message.author_id");
    }

    @Override
    public List<Records> export(Subject person) {
        PersonalRows rows = new PersonalRows(jdbc, person);
        return List.of(
                rows.records(
                        "eng_event",
                        "personalData.eng_event",
                        "select id, title, starts_at, created_at from eng_event where created_by = :id order by"
                                + " starts_at"),
                rows.records("eng_registration", "personalData.eng_registration", """
                        select event_id, organisation_id, name, email, status, registered_at, reminder_sent_at
                        from eng_registration where user_id = :id order by registered_at"""),
                rows.records("eng_support_request", "personalData.eng_support_request", """
                        select id, requester_name, requester_email, category, subject, status, assignee_name, created_at
                        from eng_support_request where requester_id = :id or assignee_id = :id order by created_at"""),
                rows.records("eng_support_message", "personalData.eng_support_message", """
                        select request_id, author_name, body, created_at from eng_support_message
                        where author_id = :id or request_id in (select id from eng_support_request
                            where requester_id = :id)
                        order by created_at"""));
    }

    @Override
    public List<Erasure> erase(Subject person) {
        PersonalRows rows = new PersonalRows(jdbc, person);
        int places = rows.update("""
                delete from eng_registration r using eng_event e
                where r.event_id = e.id and r.user_id = :id and e.ends_at > now()""");
        int past = rows.update("""
                update eng_registration set user_id = null, name = :label, email = '' where user_id = :id""");
        int requests = rows.update("""
                update eng_support_request set requester_id = null, requester_name = :label, requester_email = ''
                where requester_id = :id""");
        int assigned = rows.update("""
                update eng_support_request set assignee_id = null, assignee_name = :label where assignee_id = :id""");
        int messages = rows.update("""
                update eng_support_message set author_id = null, author_name = :label where author_id = :id""");
        int events = rows.update("update eng_event set created_by = null where created_by = :id");
        return List.of(
                Erasure.done("eng_registration", Outcome.ERASED, places),
                Erasure.done("eng_registration", Outcome.ANONYMISED, past),
                Erasure.done("eng_support_request", Outcome.ANONYMISED, requests + assigned),
                Erasure.done("eng_support_message", Outcome.ANONYMISED, messages),
                Erasure.done("eng_event", Outcome.ANONYMISED, events));
    }
}
