package org.socialvaluehub.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialvaluehub.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invites people into an organisation by e-mail, and turns an accepted invitation into roles. */
@Service
class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AccountMail mail;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            UserRepository users,
            PasswordEncoder encoder,
            AccountMail mail,
            Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.encoder = encoder;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional
    void invite(
            String email,
            long organisationId,
            String organisationName,
            Set<Role> roles,
            Long invitedBy,
            String inviterName) {
        String token = OneTimeLinks.newToken();
        invitations.insert(
                OneTimeLinks.hash(token),
                email,
                organisationId,
                roles,
                invitedBy,
                Instant.now(clock).plus(VALID_FOR));
        mail.audit(
                AuditLog.EventType.INVITATION_SENT,
                invitedBy,
                email,
                "organisation " + organisationId + " roles " + roles);
        mail.send(
                email,
                "mail.invitation.subject",
                "mail.invitation.body",
                organisationName,
                inviterName,
                mail.link("/invitations/" + token));
    }

    /** The invitation behind a link, if it can still be accepted. */
    Optional<Invitation> open(String token) {
        return invitations
                .find(OneTimeLinks.hash(token))
                .filter(i -> i.acceptedAt() == null && !i.expired(Instant.now(clock)));
    }

    Optional<Invitation> any(String token) {
        return invitations.find(OneTimeLinks.hash(token));
    }

    boolean accountExists(Invitation invitation) {
        return users.emailTaken(invitation.email());
    }

    /** Creates the account (address confirmed by the link) and grants the roles. */
    @Transactional
    boolean acceptAsNewPerson(Invitation invitation, String displayName, String password) {
        if (!invitations.accept(invitation.tokenHash())) {
            return false;
        }
        long userId = users.insert(invitation.email(), displayName, encoder.encode(password), true, false);
        grant(userId, invitation);
        return true;
    }

    /** Grants the roles to the signed-in person the invitation was sent to. */
    @Transactional
    boolean acceptAsExistingPerson(Invitation invitation, long userId) {
        if (!invitations.accept(invitation.tokenHash())) {
            return false;
        }
        grant(userId, invitation);
        return true;
    }

    List<Invitation> pending(long organisationId) {
        return invitations.pending(organisationId);
    }

    private void grant(long userId, Invitation invitation) {
        invitation.roles().forEach(role -> users.addRole(userId, invitation.organisationId(), role));
        mail.audit(
                AuditLog.EventType.INVITATION_ACCEPTED,
                userId,
                invitation.email(),
                "organisation " + invitation.organisationId());
        mail.audit(
                AuditLog.EventType.ROLE_GRANTED,
                userId,
                invitation.email(),
                "organisation " + invitation.organisationId() + " roles " + invitation.roles());
    }
}
