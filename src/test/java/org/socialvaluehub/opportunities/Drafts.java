package org.socialvaluehub.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Test fixture: valid drafts to start from, and copies with one thing changed. */
final class Drafts {

    private Drafts() {}

    static OpportunityDraft contract(String title) {
        Instant deadline = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return new OpportunityDraft(
                title,
                "Mowing and hedges across the parks",
                OpportunityKind.CONTRACT,
                List.of("77310000"),
                new BigDecimal("250000"),
                null,
                LocalDate.now(),
                deadline.minus(7, ChronoUnit.DAYS),
                deadline,
                LocalDate.now().plusDays(60),
                LocalDate.now().plusDays(90),
                36,
                "OX4",
                null,
                true,
                false,
                List.of("JS1"),
                List.of("North", "South"));
    }

    /** A contract whose deadline is soon, so moving a clock to it closes little else in the shared database. */
    static OpportunityDraft closingSoon(String title) {
        OpportunityDraft d = contract(title);
        Instant deadline = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return new OpportunityDraft(
                d.title(),
                d.description(),
                d.kind(),
                d.cpvCodes(),
                d.estimatedValue(),
                d.valueBand(),
                null,
                deadline.minus(1, ChronoUnit.HOURS),
                deadline,
                d.expectedAward(),
                d.contractStart(),
                d.durationMonths(),
                d.deliveryDistrict(),
                d.address(),
                d.suitableSme(),
                d.suitableVcse(),
                d.priorities(),
                d.lotTitles());
    }

    static OpportunityDraft withValue(OpportunityDraft d, BigDecimal value) {
        return new OpportunityDraft(
                d.title(),
                d.description(),
                d.kind(),
                d.cpvCodes(),
                value,
                d.valueBand(),
                d.plannedPublication(),
                d.questionsClose(),
                d.deadline(),
                d.expectedAward(),
                d.contractStart(),
                d.durationMonths(),
                d.deliveryDistrict(),
                d.address(),
                d.suitableSme(),
                d.suitableVcse(),
                d.priorities(),
                d.lotTitles());
    }

    static OpportunityDraft withDescription(OpportunityDraft d, String description) {
        return new OpportunityDraft(
                d.title(),
                description,
                d.kind(),
                d.cpvCodes(),
                d.estimatedValue(),
                d.valueBand(),
                d.plannedPublication(),
                d.questionsClose(),
                d.deadline(),
                d.expectedAward(),
                d.contractStart(),
                d.durationMonths(),
                d.deliveryDistrict(),
                d.address(),
                d.suitableSme(),
                d.suitableVcse(),
                d.priorities(),
                d.lotTitles());
    }
}
