package org.socialvaluehub.accounts;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialvaluehub.mail.Mailer;
import org.socialvaluehub.mail.Masking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first coordinator named in configuration ({@code svh.initial-coordinator.email}) on start-up. Their
 * one-time link is e-mailed when mail is configured, and otherwise printed once to the console, never to the log
 * (logs are shipped and kept; a live link in them would let anyone who reads them become the coordinator).
 */
@Component
@Order(10)
class InitialCoordinator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialCoordinator.class);

    private final Accounts accounts;
    private final UserRepository users;
    private final AccountMail mail;
    private final String email;
    private final boolean mailConfigured;
    private final PrintStream console;

    @Autowired
    InitialCoordinator(
            Accounts accounts,
            UserRepository users,
            AccountMail mail,
            Mailer mailer,
            @Value("${svh.initial-coordinator.email:}") String email) {
        this(accounts, users, mail, email, mailer.sendsMail(), System.out);
    }

    InitialCoordinator(
            Accounts accounts,
            UserRepository users,
            AccountMail mail,
            String email,
            boolean mailConfigured,
            PrintStream console) {
        this.accounts = accounts;
        this.users = users;
        this.mail = mail;
        this.email = email.strip();
        this.mailConfigured = mailConfigured;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isEmpty()
                || users.findByEmail(email).filter(UserAccount::coordinator).isPresent()) {
            return;
        }
        String link = accounts.createCoordinator(email);
        if (mailConfigured) {
            mail.send(email, "mail.first-sign-in.subject", "mail.first-sign-in.body", link);
            log.warn("First coordinator {} created; their sign-in link was e-mailed to them.", Masking.address(email));
        } else {
            log.warn(
                    "First coordinator {} created; their sign-in link is printed on the console.",
                    Masking.address(email));
            console.println("First coordinator " + email + " created. No mail server is configured, so here is their"
                    + " one-time link (valid 24 hours, works once): " + link);
        }
    }
}
