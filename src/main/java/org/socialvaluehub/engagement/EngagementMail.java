package org.socialvaluehub.engagement;

import java.util.Locale;
import org.socialvaluehub.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the engagement e-mails (reminders, places freed, support answers) from {@code i18n/engagement.properties}. */
@Component
public class EngagementMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    EngagementMail(Mailer mailer, MessageSource messages, @Value("${svh.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * Sends the mail whose subject and body are {@code key.subject} and {@code key.body}; the last argument is a link.
     */
    public void send(String to, String key, String path, Object... args) {
        Object[] all = new Object[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = baseUrl + path;
        mailer.send(
                to,
                messages.getMessage(key + ".subject", all, Locale.UK),
                messages.getMessage(key + ".body", all, Locale.UK));
    }
}
