package org.socialvaluehub.engagement;

import java.util.Locale;
import org.socialvaluehub.mail.Mailer;
import org.socialvaluehub.shared.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the engagement e-mails (reminders, places freed, support answers) from {@code i18n/engagement.properties}. */
@Component
public class EngagementMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress publicAddress;

    EngagementMail(Mailer mailer, MessageSource messages, PublicAddress publicAddress) {
        this.mailer = mailer;
        this.messages = messages;
        this.publicAddress = publicAddress;
    }

    /**
     * Sends the mail whose subject and body are {@code key.subject} and {@code key.body}; the last argument is a link.
     */
    public void send(String to, String key, String path, Object... args) {
        Object[] all = new Object[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = publicAddress.url() + path;
        mailer.send(
                to,
                messages.getMessage(key + ".subject", all, Locale.UK),
                messages.getMessage(key + ".body", all, Locale.UK));
    }
}
