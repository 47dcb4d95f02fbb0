package org.socialvaluehub.mail;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code mail_message}. */
@Repository
class MailRepository {

    private final JdbcClient jdbc;

    MailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String to, String subject, String body, String delivery, String failure) {
        jdbc.sql("""
                insert into mail_message (recipient, subject, body, delivery, failure, sent_at)
                values (:to, :subject, :body, :delivery, :failure, case when :delivery = 'SMTP' then now() end)""")
                .param("to", to)
                .param("subject", subject)
                .param("body", body)
                .param("delivery", delivery)
                .param("failure", failure)
                .update();
    }

    List<MailView> latest(String recipient, int limit) {
        return jdbc.sql("""
                select id, recipient, subject, body, created_at, delivery from mail_message
                where (:recipient = '' or lower(recipient) like '%' || lower(:recipient) || '%')
                order by created_at desc, id desc limit :limit""")
                .param("recipient", recipient == null ? "" : recipient.strip())
                .param("limit", limit)
                .query((rs, n) -> new MailView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }
}
