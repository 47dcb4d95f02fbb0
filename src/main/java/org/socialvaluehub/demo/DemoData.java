package org.socialvaluehub.demo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.Organisations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo partnership into an empty database on start-up when asked for ({@code svh.demo.enabled=true}, which
 * the {@code dev} profile of {@code ./mvnw spring-boot:run} sets), and refuses a public address while it is on.
 * {@link DemoBeforeServing} calls it before the web server takes its first request.
 */
@Component
class DemoData {

    static final int SUPPLIERS = 300;
    static final long SEED = 20_261_125L;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organisations organisations;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final boolean enabled;

    DemoData(
            Organisations organisations,
            Accounts accounts,
            ApplicationEventPublisher events,
            @Value("${svh.demo.enabled:false}") boolean enabled,
            @Value("${svh.public-url:${svh.base-url:}}") String baseUrl) {
        DemoSafety.check(enabled, baseUrl);
        this.organisations = organisations;
        this.accounts = accounts;
        this.events = events;
        this.enabled = enabled;
    }

    @Transactional
    public void load() {
        if (!enabled || !organisations.isEmpty()) {
            return;
        }
        List<Long> buyers = new ArrayList<>();
        DemoBuyers.ALL.forEach(buyer -> buyers.add(organisations.add(buyer)));
        List<Long> suppliers = new ArrayList<>();
        for (NewOrganisation supplier : DemoSuppliers.generate(SUPPLIERS, DemoArea.oxfordshire(), SEED)) {
            suppliers.add(organisations.add(supplier));
        }
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            Long organisation = account.buyerIndex() == null
                    ? null
                    : account.buyerIndex() < 0 ? suppliers.get(0) : buyers.get(account.buyerIndex());
            accounts.addConfirmedAccount(
                    account.email(),
                    account.name(),
                    DemoAccounts.PASSWORD,
                    account.coordinator(),
                    organisation,
                    account.roles());
        }
        events.publishEvent(new DemoPartnershipLoaded(buyers, suppliers));
        // The sign-ins are printed once, in the notice that ends start-up (DemoStartupNotes).
        log.warn("Demo data loaded: {} buyers, {} suppliers.", buyers.size(), suppliers.size());
    }
}
