package org.socialvaluehub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.platform.RetentionRuns;
import org.springframework.beans.factory.annotation.Autowired;

/** The outbox is kept for a few days, the masked record of sent mail a little longer. */
@HubTest
class MailRetentionTest {

    @Autowired
    MailRepository messages;

    @Autowired
    RetentionRuns retention;

    @Test
    void theOutboxKeepsAMailOnlyForAFewDays() {
        String to = "outbox-" + UUID.randomUUID() + "@test.example";
        messages.save(to, "Confirm", "https://hub.example/register/confirm?token=abc", "OUTBOX", null);

        retention.now("mail-outbox");
        assertThat(messages.latest(to, 5)).hasSize(1);

        retention.afterPeriod("mail-outbox");
        assertThat(messages.latest(to, 5)).isEmpty();
    }

    @Test
    void theRecordOfSentMailIsDeletedAfterItsPeriod() {
        String to = "sent-" + UUID.randomUUID() + "@test.example";
        messages.save(to, "Confirm", "https://hub.example/register/confirm?token=[hidden]", "SMTP", null);

        retention.afterPeriod("mail-outbox");
        assertThat(messages.latest(to, 5)).hasSize(1);

        retention.afterPeriod("mail-sent");
        assertThat(messages.latest(to, 5)).isEmpty();
    }
}
