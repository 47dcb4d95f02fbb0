package org.socialvaluehub.mail;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/** Sends plain-text e-mail and keeps a copy of each in {@code mail_message}. */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailRepository messages;
    private final Optional<JavaMailSender> smtp;
    private final String from;

    Mailer(MailRepository messages, ObjectProvider<JavaMailSender> smtp,
           @Value("${spring.mail.host:}") String smtpHost, @Value("${svh.mail.from}") String from) {
        this.messages = messages;
        this.smtp = smtpHost.isBlank() ? Optional.empty() : Optional.ofNullable(smtp.getIfAvailable());
        this.from = from;
    }

    public void send(String to, String subject, String body) {
        if (smtp.isEmpty()) {
            messages.save(to, subject, body, "OUTBOX", null);
            log.info("mail to outbox recipient={} subject=\"{}\"", to, subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            smtp.get().send(message);
            messages.save(to, subject, body, "SMTP", null);
        } catch (MailException e) {
            log.warn("mail failed recipient={} subject=\"{}\" error=\"{}\"", to, subject, e.getMessage());
            messages.save(to, subject, body, "FAILED", e.getMessage());
        }
    }
}
