package org.socialvaluehub.opportunities;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Notes, for every saved search an opportunity matches, that it was published or changed. */
@Component
class AlertNotices {

    private final AlertRepository alerts;
    private final OpportunityDetailsRepository details;

    AlertNotices(AlertRepository alerts, OpportunityDetailsRepository details) {
        this.alerts = alerts;
        this.details = details;
    }

    @EventListener
    void on(OpportunityStatusChanged changed) {
        if (changed.to().isPublic()) {
            note(changed.opportunityId(), changed.from() == OpportunityStatus.DRAFT ? "PUBLISHED" : "CHANGED");
        }
    }

    @EventListener
    void on(OpportunityChanged changed) {
        note(changed.opportunityId(), "CHANGED");
    }

    private void note(long opportunityId, String reason) {
        details.find(opportunityId)
                .filter(o -> o.status().isPublic())
                .ifPresent(o -> alerts.all().stream()
                        .filter(a -> a.criteria().matches(o.listing()))
                        .forEach(a -> alerts.notice(a.id(), o.id(), reason)));
    }
}
