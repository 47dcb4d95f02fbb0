package org.socialvaluehub.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the first coordinator named in configuration ({@code svh.initial-coordinator.email}) on start-up. */
@Component
@Order(10)
class InitialCoordinator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialCoordinator.class);

    private final Accounts accounts;
    private final UserRepository users;
    private final String email;

    InitialCoordinator(Accounts accounts, UserRepository users, @Value("${svh.initial-coordinator.email:}") String email) {
        this.accounts = accounts;
        this.users = users;
        this.email = email.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isEmpty() || users.findByEmail(email).filter(UserAccount::coordinator).isPresent()) {
            return;
        }
        String link = accounts.createCoordinator(email);
        log.warn("First coordinator {} created. Set their password and sign in within 24 hours: {}", email, link);
    }
}
