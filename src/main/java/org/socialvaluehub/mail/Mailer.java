package org.socialvaluehub.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text e-mail. Without SMTP the whole mail waits in the outbox (for a few days, see retention);
 * once a mail is handed to SMTP only a copy with its one-time links masked is kept, so nobody reading the
 * record can use another person's link. Logs never carry an address in full.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailRepository messages;
    private final Optional<JavaMailSender> smtp;
    private final String from;

    Mailer(
            MailRepository messages,
            ObjectProvider<JavaMailSender> smtp,
            @Value("${spring.mail.host:}") String smtpHost,
            @Value("${svh.mail.from}") String from) {
        this.messages = messages;
        this.smtp = smtpHost.isBlank() ? Optional.empty() : Optional.ofNullable(smtp.getIfAvailable());
        this.from = from;
    }

    /** Whether mail really goes out (an SMTP server is configured), rather than to the outbox. */
    public boolean sendsMail() {
        return smtp.isPresent();
    }

    public void send(String to, String subject, String body) {
        deliver(to, subject, body, null);
    }

    /**
     * Sends a mail the person can unsubscribe from: besides the link in its body, it carries the
     * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers (RFC 2369, RFC 8058), so mail
     * programs offer an unsubscribe button that POSTs to {@code unsubscribeUrl} in one click.
     */
    public void sendUnsubscribable(String to, String subject, String body, String unsubscribeUrl) {
        deliver(to, subject, body, unsubscribeUrl);
    }

    private void deliver(String to, String subject, String body, String unsubscribeUrl) {
        if (smtp.isEmpty()) {
            messages.save(to, subject, body, "OUTBOX", null);
            log.info("mail to outbox recipient={} subject=\"{}\"", Masking.address(to), Masking.text(subject));
            return;
        }
        try {
            MimeMessage message = smtp.get().createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            if (unsubscribeUrl != null) {
                message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            smtp.get().send(message);
            messages.save(to, subject, Masking.links(body), "SMTP", null);
        } catch (MailException | MessagingException e) {
            log.warn(
                    "mail failed recipient={} subject=\"{}\" error=\"{}\"",
                    Masking.address(to),
                    Masking.text(subject),
                    Masking.text(e.getMessage()));
            messages.save(to, subject, Masking.links(body), "FAILED", Masking.text(e.getMessage()));
        }
    }
}
