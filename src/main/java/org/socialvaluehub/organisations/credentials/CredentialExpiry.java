package org.socialvaluehub.organisations.credentials;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.socialvaluehub.mail.Mailer;
import org.socialvaluehub.organisations.OrganisationPeople;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily expiry check: credentials past their date become expired (and stop counting as verified),
 * and the admins of an organisation whose credential expires within a month are e-mailed, once.
 */
@Service
public class CredentialExpiry {

    /** What one run did. */
    public record Outcome(int expired, int reminded) {}

    private record Due(long id, long organisationId, String organisationName, String credential, LocalDate expiresOn) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Mailer mailer;
    private final ObjectProvider<OrganisationPeople> people;
    private final MessageSource messages;

    CredentialExpiry(
            JdbcClient jdbc,
            Clock clock,
            Mailer mailer,
            ObjectProvider<OrganisationPeople> people,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mailer = mailer;
        this.people = people;
        this.messages = messages;
    }

    @Transactional
    public Outcome run() {
        LocalDate today = LocalDate.now(clock);
        int expired = jdbc.sql("""
                update org_credential set status = 'EXPIRED'
                where status in ('CLAIMED', 'VERIFIED') and expires_on < :today""").param("today", today).update();
        List<Due> due = jdbc.sql("""
                select c.id, c.organisation_id, o.name, t.name as credential, c.expires_on from org_credential c
                join org_organisation o on o.id = c.organisation_id join org_credential_type t on t.code = c.type_code
                where c.status in ('CLAIMED', 'VERIFIED') and c.reminder_sent_at is null
                  and c.expires_on between :today and :monthAhead order by c.id""")
                .param("today", today)
                .param("monthAhead", today.plusMonths(1))
                .query((rs, row) -> new Due(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDate(5).toLocalDate()))
                .list();
        for (Due credential : due) {
            remind(credential);
            jdbc.sql("update org_credential set reminder_sent_at = :now where id = :id")
                    .param("id", credential.id())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        return new Outcome(expired, due.size());
    }

    private void remind(Due credential) {
        Object[] args = {
            credential.credential(),
            credential.organisationName(),
            org.socialvaluehub.shared.PlainDates.day(credential.expiresOn())
        };
        String subject = messages.getMessage("mail.credentialExpiring.subject", args, Locale.UK);
        String body = messages.getMessage("mail.credentialExpiring.body", args, Locale.UK);
        people.ifAvailable(
                p -> p.adminEmails(credential.organisationId()).forEach(to -> mailer.send(to, subject, body)));
    }
}
