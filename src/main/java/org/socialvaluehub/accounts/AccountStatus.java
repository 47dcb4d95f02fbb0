package org.socialvaluehub.accounts;

import java.util.Optional;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators disable and re-enable accounts and correct a person's name or e-mail address. Disabling
 * ends the person's sessions at once; they can then neither sign in nor use a link they were sent.
 */
@Service
class AccountStatus {

    /** Why a change was refused, as the last part of a message key. */
    enum Refusal {
        OWN_ACCOUNT,
        EMAIL_TAKEN
    }

    private final UserRepository users;
    private final PersonSessions sessions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AccountStatus(UserRepository users, PersonSessions sessions, AuditLog audit, ApplicationEventPublisher events) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    Optional<Refusal> disable(UserAccount account, SignedInUser by) {
        if (account.id() == by.id()) {
            return Optional.of(Refusal.OWN_ACCOUNT);
        }
        users.setEnabled(account.id(), false);
        int ended = sessions.endAll(account.email());
        audit.record(
                AuditLog.EventType.ACCOUNT_DISABLED,
                account.id(),
                account.email(),
                "by " + by.email() + "; " + ended + " session(s) ended");
        events.publishEvent(new PersonLeft(account.id(), account.email()));
        return Optional.empty();
    }

    @Transactional
    void enable(UserAccount account, SignedInUser by) {
        users.setEnabled(account.id(), true);
        audit.record(AuditLog.EventType.ACCOUNT_ENABLED, account.id(), account.email(), "by " + by.email());
    }

    /** Rectification: a new e-mail address signs the person out, since their sessions carry the old one. */
    @Transactional
    Optional<Refusal> correct(UserAccount account, String displayName, String email, SignedInUser by) {
        boolean newAddress = !account.email().equalsIgnoreCase(email.strip());
        if (newAddress && users.emailTaken(email)) {
            return Optional.of(Refusal.EMAIL_TAKEN);
        }
        users.correct(account.id(), displayName, email);
        audit.record(
                AuditLog.EventType.ACCOUNT_CORRECTED,
                account.id(),
                email.strip(),
                "by " + by.email()
                        + (newAddress
                                ? "; e-mail was " + account.email() + ", " + sessions.endAll(account.email())
                                        + " session(s) ended"
                                : "")
                        + (account.displayName().equals(displayName.strip())
                                ? ""
                                : "; name was " + account.displayName()));
        return Optional.empty();
    }
}
