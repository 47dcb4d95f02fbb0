package org.socialvaluehub.demo.opportunities;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.opportunities.Alerts;
import org.socialvaluehub.opportunities.Clarifications;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.OpportunityDraft;
import org.socialvaluehub.opportunities.OpportunityKind;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.opportunities.Pipeline;
import org.socialvaluehub.opportunities.core.SearchCriteria;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Demo data: planned, open, closed and awarded contracts, grants and leases across the demo buyers,
 * with dates relative to today, a few published answers, and a saved search for the demo supplier.
 */
@Component
class DemoOpportunities {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Pipeline pipeline;
    private final Opportunities opportunities;
    private final Clarifications clarifications;
    private final Alerts alerts;
    private final Accounts accounts;
    private final Clock clock;

    DemoOpportunities(
            Pipeline pipeline,
            Opportunities opportunities,
            Clarifications clarifications,
            Alerts alerts,
            Accounts accounts,
            Clock clock) {
        this.pipeline = pipeline;
        this.opportunities = opportunities;
        this.clarifications = clarifications;
        this.alerts = alerts;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** After the demo partnership is committed, so the demo framework and its priorities are published. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DemoPartnershipLoaded loaded) {
        List<Long> b = loaded.buyerIds();
        List<String> sv = List.of("JS1", "JS2", "EC1");
        long grounds = add(
                b.get(0),
                OpportunityStatus.OPEN,
                21,
                OpportunityKind.CONTRACT,
                "Grounds maintenance of parks and verges",
                "Mowing, hedge cutting and litter picking across 40 parks and 120 km of verges, in two lots.",
                List.of("77310000", "77314000"),
                "850000",
                "OX4",
                null,
                true,
                false,
                sv,
                List.of("North", "South"));
        add(
                b.get(0),
                OpportunityStatus.PLANNED,
                75,
                OpportunityKind.CONTRACT,
                "School meals for 28 primary schools",
                "Fresh, locally sourced hot meals, with menus agreed with pupils.",
                List.of("55524000"),
                "2400000",
                "OX1",
                null,
                true,
                true,
                List.of("JS2", "EC1", "EC2"),
                List.of());
        add(
                b.get(1),
                OpportunityStatus.OPEN,
                14,
                OpportunityKind.CONTRACT,
                "Quote: repainting the Shire Hall railings",
                "A small quote below formal thresholds: prepare and repaint 300 m of listed railings.",
                List.of("45442110"),
                "18000",
                "OX1",
                null,
                true,
                false,
                List.of("JS1"),
                List.of());
        add(
                b.get(1),
                OpportunityStatus.PLANNED,
                50,
                OpportunityKind.GRANT,
                "Community transport grants 2027",
                "Grants of up to £25,000 for community transport in rural villages.",
                List.of("60112000"),
                "150000",
                "OX28",
                null,
                false,
                true,
                List.of("CW1", "CW2"),
                List.of());
        add(
                b.get(2),
                OpportunityStatus.PLANNED,
                60,
                OpportunityKind.LEASE,
                "Lease of the former library, Abingdon",
                "Ground floor of 240 m² in the town centre, for community or social enterprise use.",
                List.of("70310000"),
                null,
                "OX14",
                "Old Library, Bridge Street, Abingdon OX14 3HN",
                false,
                true,
                List.of("CW2"),
                List.of());
        add(
                b.get(2),
                OpportunityStatus.CLOSED,
                -5,
                OpportunityKind.CONTRACT,
                "Waste collection vehicle maintenance",
                "Servicing and repair of 35 refuse collection vehicles.",
                List.of("50110000"),
                "620000",
                "OX14",
                null,
                true,
                false,
                List.of("JS3", "EC1"),
                List.of());
        add(
                b.get(3),
                OpportunityStatus.AWARDED,
                -60,
                OpportunityKind.CONTRACT,
                "Campus cleaning services",
                "Cleaning of teaching and office buildings, paying the real Living Wage.",
                List.of("90910000"),
                "3100000",
                "OX3",
                null,
                false,
                false,
                List.of("JS1", "JS4"),
                List.of("Science area", "City centre"));
        add(
                b.get(3),
                OpportunityStatus.OPEN,
                45,
                OpportunityKind.LEASE,
                "Café unit at the Radcliffe Vale sports park",
                "A 60 m² café unit with seating for 30, on a five-year lease.",
                List.of("70220000"),
                "45000",
                "OX3",
                "Sports Park, Marston Road, Oxford OX3 0BP",
                true,
                true,
                List.of("CW1"),
                List.of());
        add(
                b.get(4),
                OpportunityStatus.OPEN,
                28,
                OpportunityKind.GRANT,
                "Social prescribing small grants",
                "Grants for voluntary groups that run walking, gardening and arts activities referred by GPs.",
                List.of("85300000"),
                "80000",
                "OX3",
                null,
                false,
                true,
                List.of("CW1", "CW3"),
                List.of());
        add(
                b.get(4),
                OpportunityStatus.AWARDED,
                -90,
                OpportunityKind.GRANT,
                "Winter warmth grants",
                "Grants to help community groups run warm spaces through the winter.",
                List.of("85320000"),
                "60000",
                "OX4",
                null,
                false,
                true,
                List.of("CW2"),
                List.of());
        add(
                b.get(5),
                OpportunityStatus.CLOSED,
                -10,
                OpportunityKind.LEASE,
                "Ground-floor shop at Blackbird Leys",
                "A 90 m² shop unit under flats, for a local business or social enterprise.",
                List.of("70310000"),
                "12000",
                "OX4",
                "Unit 3, Windale Parade, Oxford OX4 6LL",
                true,
                true,
                List.of("EC1"),
                List.of());
        add(
                b.get(5),
                OpportunityStatus.AWARDED,
                -45,
                OpportunityKind.LEASE,
                "Allotment-side storage containers",
                "Two storage containers for a community growing project.",
                List.of("70220000"),
                "3000",
                "OX4",
                "Leys allotments, Oxford OX4 5AU",
                true,
                true,
                List.of("EC3"),
                List.of());
        add(
                b.get(6),
                OpportunityStatus.OPEN,
                35,
                OpportunityKind.CONTRACT,
                "Apprentice training provider",
                "Level 3 engineering apprenticeships for 12 young people from the area each year.",
                List.of("80530000"),
                "420000",
                "OX4",
                null,
                true,
                true,
                List.of("JS1", "JS2", "LE1"),
                List.of());
        add(
                b.get(6),
                OpportunityStatus.CLOSED,
                -3,
                OpportunityKind.GRANT,
                "Holiday activities and food grants",
                "Grants for clubs that run activities with a healthy meal for children in the school holidays.",
                List.of("85320000"),
                "90000",
                "OX4",
                null,
                false,
                true,
                List.of("CW1", "JS3"),
                List.of());
        clarifications.ask(grounds, loaded.supplierIds().get(1), 0, "Can a supplier bid for both lots?");
        long question = clarifications
                .askedBy(grounds, loaded.supplierIds().get(1))
                .get(0)
                .id();
        clarifications.answer(grounds, question, "Yes. Each lot is scored separately, and you may win both.");
        clarifications.ask(grounds, loaded.supplierIds().get(2), 0, "Is there a TUPE transfer?");
        accounts.idOf("supplier@demo.example")
                .ifPresent(id -> alerts.save(
                        id,
                        "supplier@demo.example",
                        new SearchCriteria(null, "CONTRACT", null, null, null, null, true, false, null),
                        Alerts.Frequency.DAILY));
    }

    private long add(
            long buyer,
            OpportunityStatus status,
            int deadlineInDays,
            OpportunityKind kind,
            String title,
            String description,
            List<String> cpv,
            String value,
            String district,
            String address,
            boolean sme,
            boolean vcse,
            List<String> priorities,
            List<String> lots) {
        LocalDate deadlineDay = LocalDate.now(clock.withZone(UK)).plusDays(deadlineInDays);
        Instant deadline = deadlineDay.atTime(LocalTime.NOON).atZone(UK).toInstant();
        long id = pipeline.createDraft(
                buyer,
                new OpportunityDraft(
                        title,
                        description,
                        kind,
                        cpv,
                        value == null ? null : new BigDecimal(value),
                        null,
                        deadlineDay.minusDays(42),
                        deadline.minus(Duration.ofDays(7)),
                        deadline,
                        deadlineDay.plusDays(30),
                        deadlineDay.plusDays(60),
                        kind == OpportunityKind.GRANT ? 12 : 36,
                        district,
                        address,
                        sme,
                        vcse,
                        priorities,
                        lots));
        for (OpportunityStatus step : List.of(
                OpportunityStatus.PLANNED,
                OpportunityStatus.OPEN,
                OpportunityStatus.CLOSED,
                OpportunityStatus.EVALUATED,
                OpportunityStatus.AWARDED)) {
            if (step.ordinal() > status.ordinal()) {
                break;
            }
            if (!(step == OpportunityStatus.PLANNED && status != OpportunityStatus.PLANNED)) {
                opportunities.moveTo(id, step);
            }
        }
        return id;
    }
}
