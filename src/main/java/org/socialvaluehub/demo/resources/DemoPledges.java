package org.socialvaluehub.demo.resources;

import java.util.List;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.resources.pledges.Charter;
import org.socialvaluehub.resources.pledges.Pledge;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Gives the demo partnership a few pledges with published progress, so the public pledges page has content. */
@Component
class DemoPledges {

    private final Charter charter;

    DemoPledges(Charter charter) {
        this.charter = charter;
    }

    @EventListener
    void on(DemoPartnershipLoaded demo) {
        List<Pledge> pledges = charter.pledges(true);
        int year = charter.currentYear();
        demo.buyerIds().stream()
                .limit(2)
                .forEach(id -> pledge(
                        id,
                        year,
                        pledges,
                        "BUYER",
                        "Pipeline published in April; 38 contracts listed",
                        "https://example.org/pipeline"));
        demo.supplierIds().stream()
                .limit(3)
                .forEach(id -> pledge(
                        id,
                        year,
                        pledges,
                        "SUPPLIER",
                        "Offers made in 5 of 6 bids this year",
                        "Bid register, summarised in our annual report"));
    }

    private void pledge(
            long organisationId, int year, List<Pledge> pledges, String category, String progress, String evidence) {
        List<Pledge> chosen = pledges.stream()
                .filter(p -> p.category().equals(category) || p.category().equals("EMPLOYER"))
                .limit(2)
                .toList();
        charter.choose(organisationId, year, chosen.stream().map(Pledge::id).toList());
        charter.commitments(organisationId, year).stream()
                .findFirst()
                .ifPresent(c -> charter.record(c.id(), "Not measured before this year", progress, evidence, true));
    }
}
