package org.socialvaluehub.organisations.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.mail.Mailer;
import org.socialvaluehub.mail.Outbox;
import org.socialvaluehub.organisations.Credential;
import org.socialvaluehub.organisations.DirectoryFixtures;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.OrganisationPeople;
import org.socialvaluehub.shared.PlainDates;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily expiry check, run directly with a fixed clock. */
@HubTest
class CredentialExpiryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailer mailer;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    Credentials credentials;

    @Test
    void expiresPastCredentialsAndWarnsAdminsOnceAMonthAhead() {
        LocalDate today = LocalDate.now(LONDON);
        CredentialExpiry expiry = new CredentialExpiry(
                jdbc,
                Clock.fixed(today.atTime(6, 15).atZone(LONDON).toInstant(), LONDON),
                mailer,
                context.getBeanProvider(OrganisationPeople.class),
                messages);
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Expiring Supplier");
        String admin = people.person("expiry-admin", supplier, Role.SUPPLIER, Role.ORG_ADMIN);
        String member = people.person("expiry-member", supplier, Role.SUPPLIER);
        long past = fixtures.credential(supplier, "B_CORP", true, today.minusDays(1));
        long soon = fixtures.credential(supplier, "REAL_LIVING_WAGE", true, today.plusDays(20));
        long later = fixtures.credential(supplier, "ISO_14001", true, today.plusMonths(3));

        CredentialExpiry.Outcome first = expiry.run();

        assertThat(first.expired()).isGreaterThanOrEqualTo(1);
        assertThat(status(past)).isEqualTo(Credential.Status.EXPIRED);
        assertThat(status(soon)).isEqualTo(Credential.Status.VERIFIED);
        assertThat(status(later)).isEqualTo(Credential.Status.VERIFIED);
        assertThat(outbox.countTo(admin)).isEqualTo(1);
        assertThat(outbox.latestBodyTo(admin))
                .contains("Real Living Wage employer", PlainDates.day(today.plusDays(20)));
        assertThat(outbox.countTo(member)).isZero();

        expiry.run();
        assertThat(outbox.countTo(admin)).as("warned once").isEqualTo(1);
    }

    private Credential.Status status(long id) {
        return credentials.find(id).orElseThrow().status();
    }
}
