package org.socialvaluehub.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Test fixture: a GreenMail SMTP server on a free port, and a {@link Mailer} that sends through it. */
final class TestSmtp {

    private TestSmtp() {}

    static GreenMail start() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    static Mailer mailer(GreenMail smtp, MailRepository messages) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        var beans = new StaticListableBeanFactory(Map.of("smtp", sender));
        return new Mailer(messages, beans.getBeanProvider(JavaMailSender.class), "localhost", "hub@test.example");
    }
}
