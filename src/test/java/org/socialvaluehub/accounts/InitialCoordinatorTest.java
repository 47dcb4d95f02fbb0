package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.mail.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The first coordinator's one-time link goes by e-mail, or once to the console, and never into the log. */
@HubTest
@ExtendWith(OutputCaptureExtension.class)
class InitialCoordinatorTest {

    @Autowired
    Accounts accounts;

    @Autowired
    UserRepository users;

    @Autowired
    AccountMail mail;

    @Autowired
    Outbox outbox;

    @Test
    void withoutAMailServerTheLinkIsPrintedOnceToTheConsoleAndNotLogged(CapturedOutput log) {
        String email = People.uniqueEmail("first-coordinator");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        coordinator(email, false, console).run(null);
        coordinator(email, false, console).run(null);

        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("/password/reset?token=");
        assertThat(printed.split("token=")).hasSize(2);
        String token = printed.substring(printed.indexOf("token=") + 6).strip();
        assertThat(log.getAll()).doesNotContain(token).doesNotContain(email);
        assertThat(outbox.countTo(email)).isZero();
    }

    @Test
    void withAMailServerTheLinkIsEMailedAndNothingIsPrinted(CapturedOutput log) {
        String email = People.uniqueEmail("mailed-coordinator");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        coordinator(email, true, console).run(null);

        assertThat(console.size()).isZero();
        assertThat(outbox.latestLinkPathTo(email)).startsWith("/password/reset?token=");
        assertThat(log.getAll()).doesNotContain("token=").doesNotContain(email);
    }

    private InitialCoordinator coordinator(String email, boolean mailConfigured, ByteArrayOutputStream console) {
        return new InitialCoordinator(
                accounts, users, mail, email, mailConfigured, new PrintStream(console, true, StandardCharsets.UTF_8));
    }
}
