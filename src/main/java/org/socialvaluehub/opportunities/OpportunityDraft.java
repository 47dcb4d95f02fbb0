package org.socialvaluehub.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socialvaluehub.opportunities.core.ValueBand;

/**
 * Everything a buyer writes about an opportunity: what it is, its CPV codes (eight digits), value or
 * value band, key dates, where it is delivered (a postcode district, and the address of a lease),
 * suitability, the framework outcomes it prioritises, and its lots by title.
 */
public record OpportunityDraft(
        String title,
        String description,
        OpportunityKind kind,
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
        String address,
        boolean suitableSme,
        boolean suitableVcse,
        List<String> priorities,
        List<String> lotTitles) {

    public OpportunityDraft {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        lotTitles = lotTitles == null
                ? List.of()
                : lotTitles.stream()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
    }

    /** The band given, or the band of the estimated value. */
    public ValueBand band() {
        return estimatedValue != null ? ValueBand.of(estimatedValue) : valueBand;
    }
}
