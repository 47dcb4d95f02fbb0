package org.socialvaluehub.opportunities;

import java.util.Locale;
import org.socialvaluehub.mail.Mailer;
import org.socialvaluehub.shared.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the opportunities e-mails from {@code i18n/opportunities.properties}, with links into the hub. */
@Component
class OpportunityMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress publicAddress;

    OpportunityMail(Mailer mailer, MessageSource messages, PublicAddress publicAddress) {
        this.mailer = mailer;
        this.messages = messages;
        this.publicAddress = publicAddress;
    }

    void send(String to, String subjectKey, String bodyKey, Object... args) {
        mailer.send(to, text(subjectKey, args), text(bodyKey, args));
    }

    /** As {@link #send}, with the headers that let mail programs unsubscribe in one click. */
    void sendUnsubscribable(String to, String unsubscribeUrl, String subjectKey, String bodyKey, Object... args) {
        mailer.sendUnsubscribable(to, text(subjectKey, args), text(bodyKey, args), unsubscribeUrl);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    String link(String path) {
        return publicAddress.url() + path;
    }
}
