package org.socialvaluehub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What a mail carries when it goes out over SMTP. */
@HubTest
class MailerHeadersTest {

    private final GreenMail smtp = TestSmtp.start();

    @Autowired
    MailRepository messages;

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void anUnsubscribableMailLetsMailProgramsUnsubscribeInOneClick() throws Exception {
        mailer().sendUnsubscribable(
                        "reader@test.example",
                        "New opportunities",
                        "Two new contracts.",
                        "https://hub.example/opportunities/unsubscribe/abc123");

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getHeader("List-Unsubscribe"))
                .containsExactly("<https://hub.example/opportunities/unsubscribe/abc123>");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(received.getSubject()).isEqualTo("New opportunities");
    }

    @Test
    void anOrdinaryMailHasNoUnsubscribeHeaders() throws Exception {
        mailer().send("reader@test.example", "Confirm your e-mail address", "Follow the link.");

        assertThat(smtp.getReceivedMessages()[0].getHeader("List-Unsubscribe")).isNull();
    }

    private Mailer mailer() {
        return TestSmtp.mailer(smtp, messages);
    }
}
