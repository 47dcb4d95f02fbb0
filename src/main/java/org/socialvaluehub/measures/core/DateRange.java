package org.socialvaluehub.measures.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A span of calendar days, both ends included, as people write them ("1 April 2025 to 31 March 2026"). */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (first == null || last == null) {
            throw new InvalidInputException("period", "needs both a first and a last day");
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("period", "ends (" + last + ") before it starts (" + first + ")");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The days this range shares with another, if any. */
    public Optional<DateRange> overlap(DateRange other) {
        LocalDate start = first.isAfter(other.first) ? first : other.first;
        LocalDate end = last.isBefore(other.last) ? last : other.last;
        return end.isBefore(start) ? Optional.empty() : Optional.of(new DateRange(start, end));
    }
}
