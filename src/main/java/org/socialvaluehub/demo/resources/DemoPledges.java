package org.socialvaluehub.demo.resources;

import java.util.List;
import java.util.Locale;
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

    /** Each demo supplier's bids this year and the offers it made in them: different firms, different records. */
    static final int[][] SUPPLIER_BIDS = {{6, 5}, {4, 4}, {9, 7}};

    /** The contracts each demo buyer's pipeline lists. */
    static final int[] BUYER_PIPELINES = {38, 24};

    @EventListener
    void on(DemoPartnershipLoaded demo) {
        List<Pledge> pledges = charter.pledges(true);
        int year = charter.currentYear();
        List<Long> buyers =
                demo.buyerIds().stream().limit(BUYER_PIPELINES.length).toList();
        for (int i = 0; i < buyers.size(); i++) {
            pledge(
                    buyers.get(i),
                    year,
                    pledges,
                    "BUYER",
                    "pipeline",
                    "Pipeline published in April; " + BUYER_PIPELINES[i] + " contracts listed",
                    "https://example.org/pipeline");
        }
        List<Long> suppliers =
                demo.supplierIds().stream().limit(SUPPLIER_BIDS.length).toList();
        for (int i = 0; i < suppliers.size(); i++) {
            pledge(
                    suppliers.get(i),
                    year,
                    pledges,
                    "SUPPLIER",
                    "offer",
                    "Offers made in " + SUPPLIER_BIDS[i][1] + " of " + SUPPLIER_BIDS[i][0] + " bids this year",
                    "Bid register, summarised in our annual report");
        }
    }

    /**
     * Signs the organisation up to its category's pledge whose title names what the progress text is {@code about}
     * and to the first employer pledge, and records the progress against the pledge it describes.
     */
    private void pledge(
            long organisationId,
            int year,
            List<Pledge> pledges,
            String category,
            String about,
            String progress,
            String evidence) {
        Pledge own = pledges.stream()
                .filter(p -> p.category().equals(category))
                .filter(p -> p.title().toLowerCase(Locale.UK).contains(about))
                .findFirst()
                .or(() -> pledges.stream()
                        .filter(p -> p.category().equals(category))
                        .findFirst())
                .orElseThrow();
        List<Long> chosen = pledges.stream()
                .filter(p -> p.category().equals("EMPLOYER"))
                .findFirst()
                .map(employer -> List.of(own.id(), employer.id()))
                .orElse(List.of(own.id()));
        charter.choose(organisationId, year, chosen);
        charter.commitments(organisationId, year).stream()
                .filter(c -> c.pledgeId() == own.id())
                .findFirst()
                .ifPresent(c -> charter.record(c.id(), "Not measured before this year", progress, evidence, true));
    }
}
