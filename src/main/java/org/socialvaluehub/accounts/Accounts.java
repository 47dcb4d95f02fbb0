package org.socialvaluehub.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's API for other modules and the command line. */
@Service
public class Accounts {

    private final UserRepository users;
    private final CoordinatorRoleRepository coordinatorRoles;
    private final Passwords passwords;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    Accounts(
            UserRepository users,
            CoordinatorRoleRepository coordinatorRoles,
            Passwords passwords,
            PasswordEncoder encoder,
            AuditLog audit) {
        this.users = users;
        this.coordinatorRoles = coordinatorRoles;
        this.passwords = passwords;
        this.encoder = encoder;
        this.audit = audit;
    }

    /**
     * Makes the person with this address a coordinator, creating their account if needed, and
     * returns a one-time link (valid 24 hours) with which they set their password and sign in.
     */
    @Transactional
    public String createCoordinator(String email) {
        long id = users.findByEmail(email)
                .map(UserAccount::id)
                .orElseGet(() -> users.insert(email, email.substring(0, email.indexOf('@')), null, false, false));
        users.makeCoordinator(id);
        grantAllCoordinatorRoles(id);
        audit.record(AuditLog.EventType.COORDINATOR_CREATED, id, email, null);
        return passwords.firstSignInLink(id);
    }

    /** Adds a ready-to-use account (address confirmed) with roles; for demo data. */
    @Transactional
    public long addConfirmedAccount(
            String email,
            String displayName,
            String password,
            boolean coordinator,
            Long organisationId,
            Set<Role> roles) {
        long id = users.insert(email, displayName, encoder.encode(password), true, coordinator);
        if (coordinator) {
            grantAllCoordinatorRoles(id);
        }
        if (organisationId != null) {
            roles.forEach(role -> users.addRole(id, organisationId, role));
        }
        return id;
    }

    private void grantAllCoordinatorRoles(long id) {
        for (CoordinatorRole role : CoordinatorRole.values()) {
            coordinatorRoles.grant(id, role);
        }
    }

    /** The partnership's coordinators whose accounts are in use, by name. */
    public List<Contact> coordinators() {
        return users.coordinators();
    }

    public Optional<Contact> contact(String email) {
        return users.findByEmail(email).map(u -> new Contact(u.id(), u.displayName(), u.email()));
    }

    /** The account id of an e-mail address, if there is such an account. */
    public Optional<Long> idOf(String email) {
        return contact(email).map(Contact::id);
    }

    /** The people holding the role in the organisation, by name. */
    public List<Contact> membersWithRole(long organisationId, Role role) {
        return users.team(organisationId).stream()
                .filter(member -> member.roles().contains(role.name()))
                .map(member -> new Contact(member.id(), member.displayName(), member.email()))
                .toList();
    }

    public boolean exists(String email) {
        return users.emailTaken(email);
    }
}
