package org.socialvaluehub.organisations.credentials;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the credential expiry check every morning at 06:15 (a simple {@code @Scheduled}; off when {@code
 * svh.scheduler.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "svh.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class CredentialExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(CredentialExpiryJob.class);

    private final CredentialExpiry expiry;

    CredentialExpiryJob(CredentialExpiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(cron = "${svh.credentials.expiry-cron:0 15 6 * * *}")
    void daily() {
        CredentialExpiry.Outcome outcome = expiry.run();
        log.info("credential expiry check expired={} reminded={}", outcome.expired(), outcome.reminded());
    }
}
