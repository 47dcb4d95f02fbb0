package org.socialvaluehub.evaluation.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quantitative social value criterion: bidders commit quantities of a measure of the pinned framework,
 * scored "relative to best" ({@code value-over-best}), "against a target per £1m of contract value,
 * capped at 1" ({@code target-per-million}). Models made before may also have "monetised value relative to best"
 * ({@code monetised-over-best}), still read and scored, but new models cannot choose it: the money is the quantity
 * times a fixed proxy, so it scores exactly like {@code value-over-best}.
 */
public record MeasureCriterion(
        long id, String measureCode, String name, String unit, String scoring, BigDecimal target, BigDecimal weight) {

    /** The methods a new model may choose. */
    public static final List<String> SCORINGS = List.of("value-over-best", "target-per-million");

    public String criterionId() {
        return "m" + measureCode;
    }
}
