package org.socialvaluehub.mail;

import java.util.List;
import java.util.Set;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.socialvaluehub.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The e-mails sent to a person. The export lists them by subject and date only: a body may hold a
 * link that still works, which nobody but the recipient should read.
 */
@Component
class MailPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    MailPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of("mail_message.recipient");
    }

    @Override
    public List<Records> export(Subject person) {
        return List.of(new PersonalRows(jdbc, person).records("mail_message", "personalData.mail_message", """
                select recipient, subject, created_at, sent_at, delivery from mail_message
                where lower(recipient) = lower(:email) order by created_at, id"""));
    }

    @Override
    public List<Erasure> erase(Subject person) {
        int mails = new PersonalRows(jdbc, person)
                .update("delete from mail_message where lower(recipient) = lower(:email)");
        return List.of(Erasure.done("mail_message", Outcome.ERASED, mails));
    }
}
