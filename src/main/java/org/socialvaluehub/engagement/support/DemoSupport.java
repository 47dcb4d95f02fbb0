package org.socialvaluehub.engagement.support;

import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.Contact;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Gives the demo a few support requests in different states, one from the demo supplier. */
@Component
class DemoSupport {

    private final SupportRepository requests;
    private final Accounts accounts;

    DemoSupport(SupportRepository requests, Accounts accounts) {
        this.requests = requests;
        this.accounts = accounts;
    }

    @EventListener
    @Order(30)
    void on(DemoPartnershipLoaded demo) {
        Contact coordinator = accounts.contact("coordinator@demo.example").orElseThrow();
        Contact supplier = accounts.contact("supplier@demo.example").orElseThrow();
        Contact buyer = accounts.contact("buyer@demo.example").orElseThrow();
        long answered = request(supplier, SupportCategory.BROKERAGE, "Looking for a partner for a catering bid",
                "We are a small kitchen and want to bid for a school meals lot with a larger caterer. Can you introduce us?");
        requests.addMessage(answered, coordinator.id(), coordinator.displayName(), true,
                "Thank you. Two caterers in the directory have said they welcome partners; we have e-mailed both with your details.");
        requests.assign(answered, coordinator.id(), coordinator.displayName());
        requests.setStatus(answered, SupportStatus.ANSWERED);
        request(supplier, SupportCategory.CHALLENGE, "Insurance level asked for a small quote",
                "A quote worth £8,000 asks for £10m public liability insurance. That rules us out; is it needed?");
        long closed = request(buyer, SupportCategory.QUESTION, "Which measures for a cleaning contract?",
                "Which framework measures suit a cleaning contract of about £200,000 a year?");
        requests.addMessage(closed, coordinator.id(), coordinator.displayName(), true,
                "Local employment and the Real Living Wage measures fit best; see the guide on choosing measures.");
        requests.assign(closed, coordinator.id(), coordinator.displayName());
        requests.setStatus(closed, SupportStatus.CLOSED);
    }

    private long request(Contact from, SupportCategory category, String subject, String message) {
        long id = requests.insert(from.id(), from.displayName(), from.email(), category, subject, true);
        requests.addMessage(id, from.id(), from.displayName(), false, message);
        return id;
    }
}
