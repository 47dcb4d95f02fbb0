package org.socialvaluehub.accounts;

import java.util.Locale;
import org.socialvaluehub.mail.Mailer;
import org.socialvaluehub.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the accounts e-mails from {@code messages.properties} and records what was sent in the audit log. */
@Component
class AccountMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;
    private final PublicAddress publicAddress;
    private final String partnershipName;

    AccountMail(
            Mailer mailer,
            MessageSource messages,
            AuditLog audit,
            PublicAddress publicAddress,
            @Value("${svh.partnership-name}") String partnershipName) {
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.publicAddress = publicAddress;
        this.partnershipName = partnershipName;
    }

    void send(String to, String subjectKey, String bodyKey, Object... args) {
        Object[] withPartnership = new Object[args.length + 1];
        System.arraycopy(args, 0, withPartnership, 0, args.length);
        withPartnership[args.length] = partnershipName;
        mailer.send(
                to,
                messages.getMessage(subjectKey, withPartnership, Locale.UK),
                messages.getMessage(bodyKey, withPartnership, Locale.UK));
    }

    String link(String path) {
        return publicAddress.url() + path;
    }

    void audit(AuditLog.EventType type, Long userId, String email, String detail) {
        audit.record(type, userId, email, detail);
    }
}
