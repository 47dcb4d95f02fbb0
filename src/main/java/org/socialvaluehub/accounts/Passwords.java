package org.socialvaluehub.accounts;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten-password links, setting a password from a link, and changing one's own password. */
@Service
class Passwords {

    static final Duration RESET_VALID_FOR = Duration.ofHours(1);
    static final Duration FIRST_SIGN_IN_VALID_FOR = Duration.ofDays(1);

    private final UserRepository users;
    private final OneTimeLinks links;
    private final PasswordEncoder encoder;
    private final AccountMail mail;
    private final PersonSessions sessions;

    Passwords(
            UserRepository users,
            OneTimeLinks links,
            PasswordEncoder encoder,
            AccountMail mail,
            PersonSessions sessions) {
        this.users = users;
        this.links = links;
        this.encoder = encoder;
        this.mail = mail;
        this.sessions = sessions;
    }

    /** Sends a reset link if the address has an account; says nothing either way. */
    @Transactional
    void requestReset(String email) {
        Optional<UserAccount> account = users.findByEmail(email).filter(UserAccount::enabled);
        mail.audit(
                AuditLog.EventType.PASSWORD_RESET_REQUESTED,
                account.map(UserAccount::id).orElse(null),
                email,
                account.isPresent() ? null : "no account for this address");
        account.ifPresent(user -> {
            String token = links.issue(user.id(), OneTimeLinks.Purpose.RESET_PASSWORD, RESET_VALID_FOR);
            mail.send(
                    user.email(),
                    "mail.reset.subject",
                    "mail.reset.body",
                    user.displayName(),
                    mail.link("/password/reset?token=" + token));
        });
    }

    /** A sign-in link for someone whose account was made for them (the first coordinator). */
    String firstSignInLink(long userId) {
        return mail.link(
                "/password/reset?token=" + links.issue(userId, OneTimeLinks.Purpose.SIGN_IN, FIRST_SIGN_IN_VALID_FOR));
    }

    /** What a link is worth; the link of a disabled (or removed) account is worth nothing. */
    OneTimeLinks.Outcome checkLink(String token) {
        OneTimeLinks.Outcome reset = links.check(token, OneTimeLinks.Purpose.RESET_PASSWORD);
        OneTimeLinks.Outcome outcome = reset instanceof OneTimeLinks.Outcome.Unknown
                ? links.check(token, OneTimeLinks.Purpose.SIGN_IN)
                : reset;
        if (outcome instanceof OneTimeLinks.Outcome.Valid valid
                && users.find(valid.userId()).filter(UserAccount::enabled).isEmpty()) {
            return new OneTimeLinks.Outcome.Unknown();
        }
        return outcome;
    }

    Optional<UserAccount> accountForLink(String token) {
        return checkLink(token) instanceof OneTimeLinks.Outcome.Valid valid
                ? users.find(valid.userId())
                : Optional.empty();
    }

    /**
     * Sets the password from a link, using the link up; the address is confirmed by the link itself. Every
     * session of the person ends: whoever knew the old password is signed out everywhere. A disabled
     * account's links do nothing.
     */
    @Transactional
    OneTimeLinks.Outcome setFromLink(String token, String newPassword) {
        OneTimeLinks.Outcome checked = checkLink(token);
        if (!(checked instanceof OneTimeLinks.Outcome.Valid)) {
            return checked;
        }
        OneTimeLinks.Outcome outcome = links.consume(token, OneTimeLinks.Purpose.RESET_PASSWORD);
        if (outcome instanceof OneTimeLinks.Outcome.Unknown) {
            outcome = links.consume(token, OneTimeLinks.Purpose.SIGN_IN);
        }
        if (outcome instanceof OneTimeLinks.Outcome.Valid valid) {
            users.setPassword(valid.userId(), encoder.encode(newPassword));
            users.confirmEmail(valid.userId());
            users.find(valid.userId()).ifPresent(u -> {
                mail.audit(AuditLog.EventType.PASSWORD_RESET, u.id(), u.email(), null);
                mail.audit(
                        AuditLog.EventType.SESSIONS_ENDED,
                        u.id(),
                        u.email(),
                        sessions.endAll(u.email()) + " session(s) ended");
            });
        }
        return outcome;
    }

    boolean matchesCurrent(long userId, String password) {
        return users.find(userId)
                .map(u -> u.passwordHash() != null && encoder.matches(password, u.passwordHash()))
                .orElse(false);
    }

    @Transactional
    void change(long userId, String newPassword) {
        users.setPassword(userId, encoder.encode(newPassword));
        users.find(userId).ifPresent(u -> {
            mail.audit(AuditLog.EventType.PASSWORD_CHANGED, u.id(), u.email(), null);
            mail.audit(
                    AuditLog.EventType.SESSIONS_ENDED,
                    u.id(),
                    u.email(),
                    sessions.endOthers(u.email()) + " other session(s) ended");
        });
    }
}
