package org.socialvaluehub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialvaluehub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What is kept of a mail, and what the log says about it: no live one-time link, no full address. */
@HubTest
@ExtendWith(OutputCaptureExtension.class)
class MailMaskingTest {

    private static final String TOKEN = "Xq3v9WcZt0LmR8pKs2Yh7BnD4eFgJ6uA1oIiNwQyTrE";

    private final GreenMail smtp = TestSmtp.start();

    @Autowired
    MailRepository messages;

    @Autowired
    Mailer outboxMailer;

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void noLiveTokenLinkIsKeptOnceTheMailWentToSmtp() {
        String to = "reset-" + UUID.randomUUID() + "@test.example";
        smtpMailer()
                .send(to, "Reset your password", "Open https://hub.example/password/reset?token=" + TOKEN + " now.");

        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains(TOKEN);
        String kept = messages.latest(to, 1).get(0).body();
        assertThat(kept).doesNotContain(TOKEN).contains("https://hub.example/password/reset?token=[hidden]");
    }

    @Test
    void noLiveTokenLinkIsKeptWhenSmtpRefusedTheMail() {
        Mailer mailer = smtpMailer();
        smtp.stop();
        String to = "failed-" + UUID.randomUUID() + "@test.example";
        mailer.send(to, "Join your team", "Accept: https://hub.example/invitations/" + TOKEN);

        MailView kept = messages.latest(to, 1).get(0);
        assertThat(kept.delivery()).isEqualTo("FAILED");
        assertThat(kept.body()).doesNotContain(TOKEN);
    }

    @Test
    void theLogNamesNeitherTheRecipientNorTheLink(CapturedOutput output) {
        String to = "private-" + UUID.randomUUID() + "@test.example";
        outboxMailer.send(to, "Confirm your address", "https://hub.example/register/confirm?token=" + TOKEN);

        assertThat(output.getAll())
                .contains("p***@test.example")
                .doesNotContain(to)
                .doesNotContain(TOKEN);
    }

    @Test
    void masksTokensInPathsAndQueriesButNotOrdinaryLinks() {
        assertThat(Masking.links(
                        "See https://hub.example/opportunities/42 and https://hub.example/opportunities/unsubscribe/"
                                + TOKEN))
                .isEqualTo("See https://hub.example/opportunities/42 and"
                        + " https://hub.example/opportunities/unsubscribe/[hidden]");
        assertThat(Masking.address("jo.bloggs@council.example")).isEqualTo("j***@council.example");
    }

    private Mailer smtpMailer() {
        return TestSmtp.mailer(smtp, messages);
    }
}
