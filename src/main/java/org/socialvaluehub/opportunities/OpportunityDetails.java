package org.socialvaluehub.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socialvaluehub.opportunities.core.Listing;
import org.socialvaluehub.opportunities.core.ValueBand;

/** An opportunity with everything its page shows; {@code deliveryLocality} is inside, neighbouring or outside. */
record OpportunityDetails(
        long id,
        long buyerId,
        String title,
        String description,
        OpportunityKind kind,
        OpportunityStatus status,
        List<String> cpvCodes,
        BigDecimal estimatedValue,
        ValueBand valueBand,
        LocalDate plannedPublication,
        Instant questionsClose,
        Instant deadline,
        LocalDate expectedAward,
        LocalDate contractStart,
        Integer durationMonths,
        String deliveryDistrict,
        String deliveryLocality,
        String address,
        boolean suitableSme,
        boolean suitableVcse,
        List<String> priorities,
        Integer frameworkVersion,
        Instant publishedAt,
        Instant updatedAt,
        List<Lot> lots) {

    public OpportunityDetails {
        cpvCodes = List.copyOf(cpvCodes);
        priorities = List.copyOf(priorities);
        lots = List.copyOf(lots);
    }

    public Listing listing() {
        return new Listing(
                title,
                description,
                kind.name(),
                cpvCodes,
                valueBand,
                buyerId,
                deadline,
                suitableSme,
                suitableVcse,
                deliveryLocality);
    }

    /** The draft that would save this opportunity unchanged, for the edit form. */
    public OpportunityDraft draft() {
        return new OpportunityDraft(
                title,
                description,
                kind,
                cpvCodes,
                estimatedValue,
                valueBand,
                plannedPublication,
                questionsClose,
                deadline,
                expectedAward,
                contractStart,
                durationMonths,
                deliveryDistrict,
                address,
                suitableSme,
                suitableVcse,
                priorities,
                lots.stream().map(Lot::title).toList());
    }

    /** Whether suppliers may still ask questions: published and not closed, and before questions close. */
    public boolean takesQuestions(Instant now) {
        return (status == OpportunityStatus.PLANNED || status == OpportunityStatus.OPEN)
                && (questionsClose == null || questionsClose.isAfter(now));
    }
}
