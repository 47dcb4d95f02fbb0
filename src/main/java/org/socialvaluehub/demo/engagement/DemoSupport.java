package org.socialvaluehub.demo.engagement;

import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.Contact;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.engagement.support.SupportCategory;
import org.socialvaluehub.engagement.support.SupportDesk;
import org.socialvaluehub.engagement.support.SupportStatus;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Gives the demo a few support requests in different states, one from the demo supplier. */
@Component
class DemoSupport {

    private final SupportDesk desk;
    private final Accounts accounts;

    DemoSupport(SupportDesk desk, Accounts accounts) {
        this.desk = desk;
        this.accounts = accounts;
    }

    @EventListener
    @Order(30)
    void on(DemoPartnershipLoaded demo) {
        Contact coordinator = accounts.contact("coordinator@demo.example").orElseThrow();
        Contact supplier = accounts.contact("supplier@demo.example").orElseThrow();
        Contact buyer = accounts.contact("buyer@demo.example").orElseThrow();
        desk.recordDemo(
                supplier,
                SupportCategory.BROKERAGE,
                "Looking for a partner for a catering bid",
                "We are a small kitchen and want to bid for a school meals lot with a larger caterer. Can you"
                        + " introduce us?",
                coordinator,
                "Thank you. Two caterers in the directory have said they welcome partners; we have e-mailed "
                        + "both with your details.",
                SupportStatus.ANSWERED);
        desk.recordDemo(
                supplier,
                SupportCategory.CHALLENGE,
                "Insurance level asked for a small quote",
                "A quote worth £8,000 asks for £10m public liability insurance. That rules us out; is it needed?");
        desk.recordDemo(
                buyer,
                SupportCategory.QUESTION,
                "Which measures for a cleaning contract?",
                "Which framework measures suit a cleaning contract of about £200,000 a year?",
                coordinator,
                "Local employment and the Real Living Wage measures fit best; see the guide on choosing measures.",
                SupportStatus.CLOSED);
    }
}
