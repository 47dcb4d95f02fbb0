package org.socialvaluehub.engagement.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.Contact;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.mail.Outbox;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's support requests go in through the desk, already handled, and nobody is e-mailed about them. */
@HubTest
class DemoSupportRequestsTest {

    @Autowired
    SupportDesk desk;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Outbox outbox;

    @Test
    void aDemoRequestIsRecordedAnsweredAndAssignedWithoutAnyEmail() {
        Contact coordinator = accounts.contact(people.coordinator()).orElseThrow();
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Demo Support Ltd");
        Contact asker = accounts.contact(people.person("demo-support", supplier, Role.SUPPLIER))
                .orElseThrow();
        int coordinatorMails = outbox.countTo(coordinator.email());

        long id = desk.recordDemo(
                asker,
                SupportCategory.BROKERAGE,
                "A partner, please",
                "Can you introduce us?",
                coordinator,
                "We have e-mailed two caterers.",
                SupportStatus.CLOSED);
        long open = desk.recordDemo(asker, SupportCategory.CHALLENGE, "Insurance", "Is £10m needed?");

        SupportRequest handled = desk.find(id).orElseThrow();
        assertThat(handled.status()).isEqualTo(SupportStatus.CLOSED);
        assertThat(handled.assigneeId()).isEqualTo(coordinator.id());
        assertThat(desk.thread(id))
                .extracting(SupportMessage::body)
                .containsExactly("Can you introduce us?", "We have e-mailed two caterers.");
        assertThat(desk.find(open).orElseThrow().status()).isEqualTo(SupportStatus.OPEN);
        assertThat(outbox.countTo(asker.email())).isZero();
        assertThat(outbox.countTo(coordinator.email())).isEqualTo(coordinatorMails);
    }
}
