package org.socialvaluehub.opportunities;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the suppliers who expressed interest when an answer is published or a document changes. */
@Component
class InterestMail {

    private final Clarifications clarifications;
    private final OpportunityDetailsRepository details;
    private final OpportunityMail mail;

    InterestMail(Clarifications clarifications, OpportunityDetailsRepository details, OpportunityMail mail) {
        this.clarifications = clarifications;
        this.details = details;
        this.mail = mail;
    }

    @EventListener
    void on(OpportunityChanged changed) {
        if (!changed.what().equals("answer") && !changed.what().equals("document")) {
            return;
        }
        details.find(changed.opportunityId())
                .ifPresent(o -> clarifications
                        .interests(o.id())
                        .forEach(interest -> mail.send(
                                interest.email(),
                                "opp.mail.interest." + changed.what() + ".subject",
                                "opp.mail.interest." + changed.what() + ".body",
                                o.title(),
                                mail.link("/opportunities/" + o.id()))));
    }
}
