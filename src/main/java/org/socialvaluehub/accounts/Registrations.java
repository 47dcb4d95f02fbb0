package org.socialvaluehub.accounts;

import java.time.Duration;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationChecks;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a supplier and their organisation, and confirms their e-mail address. */
@Service
class Registrations {

    static final Duration CONFIRMATION_VALID_FOR = Duration.ofDays(2);

    private final UserRepository users;
    private final Organisations organisations;
    private final OneTimeLinks links;
    private final PasswordEncoder encoder;
    private final AccountMail mail;

    Registrations(
            UserRepository users,
            Organisations organisations,
            OneTimeLinks links,
            PasswordEncoder encoder,
            AccountMail mail) {
        this.users = users;
        this.organisations = organisations;
        this.links = links;
        this.encoder = encoder;
        this.mail = mail;
    }

    @Transactional
    long register(RegistrationForm form) {
        long organisationId = organisations.register(
                new NewOrganisation(
                        form.getOrganisationName(),
                        OrganisationKind.SUPPLIER,
                        form.getLegalForm(),
                        form.getSizeBand(),
                        OrganisationChecks.normalisedPostcode(form.getPostcode()),
                        OrganisationChecks.normalisedCompanyNumber(form.getCompanyNumber()),
                        OrganisationChecks.normalisedCharityNumber(form.getCharityNumber()),
                        false),
                form.getListing());
        long userId =
                users.insert(form.getEmail(), form.getDisplayName(), encoder.encode(form.getPassword()), false, false);
        users.addRole(userId, organisationId, Role.SUPPLIER);
        users.addRole(userId, organisationId, Role.ORG_ADMIN);
        mail.audit(
                AuditLog.EventType.ACCOUNT_REGISTERED,
                userId,
                form.getEmail(),
                "organisation " + organisationId + " ("
                        + form.getOrganisationName().strip() + ")");
        sendConfirmation(userId, form.getEmail(), form.getDisplayName());
        return userId;
    }

    void sendConfirmation(long userId, String email, String name) {
        String token = links.issue(userId, OneTimeLinks.Purpose.CONFIRM_EMAIL, CONFIRMATION_VALID_FOR);
        mail.send(
                email,
                "mail.confirm.subject",
                "mail.confirm.body",
                name,
                mail.link("/register/confirm?token=" + token));
    }

    @Transactional
    OneTimeLinks.Outcome confirm(String token) {
        OneTimeLinks.Outcome outcome = links.consume(token, OneTimeLinks.Purpose.CONFIRM_EMAIL);
        if (outcome instanceof OneTimeLinks.Outcome.Valid valid) {
            users.confirmEmail(valid.userId());
            listOrganisationsOf(valid.userId());
            users.find(valid.userId())
                    .ifPresent(user -> mail.audit(AuditLog.EventType.EMAIL_CONFIRMED, user.id(), user.email(), null));
        }
        return outcome;
    }

    /**
     * Nothing unconfirmed is public: once its admin's address is confirmed, the organisation they registered is listed.
     */
    void listOrganisationsOf(long userId) {
        users.rolesOf(userId).forEach((organisationId, roles) -> {
            if (roles.contains(Role.ORG_ADMIN)) {
                organisations.listConfirmed(organisationId);
            }
        });
    }
}
