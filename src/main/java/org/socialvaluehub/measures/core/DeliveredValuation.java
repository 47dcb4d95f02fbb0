package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * Values a quantity of a measure delivered in a given financial year, as a Green Book appraisal would:
 * the proxy value restated in the framework's price year through the deflator series (Green Book 2022,
 * chapter 5, "Adjustments for inflation"), then discounted from the appraisal base year to each year of
 * benefit on the value's declining schedule. Any failure becomes "cannot be valued" with its reason.
 */
public final class DeliveredValuation {

    private final PriceBasis basis;
    private final DeflatorSeries deflators;

    /** @param basis the framework's price and base years; null for a framework that states none */
    public DeliveredValuation(PriceBasis basis, DeflatorSeries deflators) {
        this.basis = basis;
        this.deflators = deflators;
    }

    /**
     * The value of {@code quantity} units delivered in financial year {@code deliveryYear}; never throws for bad
     * data.
     */
    public DeliveredValue value(BigDecimal quantity, ProxyValue value, int deliveryYear) {
        if (value == null) {
            return DeliveredValue.notPriced();
        }
        if (!value.problems().isEmpty()) {
            return DeliveredValue.cannotBeValued(describe(new InvalidInputException(value.problems())));
        }
        try {
            ProxyValue restated = value;
            boolean inStated = basis == null;
            if (basis != null && deflators.covers(value.priceBaseYear()) && deflators.covers(basis.priceYear())) {
                restated = value.rebasedTo(basis.priceYear(), deflators);
                inStated = true;
            }
            int yearsFromBase = basis == null ? 0 : Math.max(0, deliveryYear - basis.baseYear());
            ValueRange range = Valuation.onSchedule(quantity, restated, yearsFromBase);
            return DeliveredValue.priced(value.valueType(), range, restated.priceBaseYear(), inStated);
        } catch (InvalidInputException e) {
            return DeliveredValue.cannotBeValued(describe(e));
        }
    }

    private static String describe(InvalidInputException e) {
        return e.problems().stream().map(Problem::toString).collect(Collectors.joining("; "));
    }
}
