package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Turns a quantity of a measure into a net present value with its proxy value, after additionality,
 * drop-off and discounting:
 *
 * <pre>
 *   NPV = Σ_{t=1..T} Q × P × (1 − deadweight) × (1 − displacement) × (1 − attribution)
 *                    × (1 − drop-off)^(t−1) / (1 + r)^(t−1)
 * </pre>
 *
 * <p>Discounting convention: the HM Treasury Green Book (2022, and its 2026 refresh) discounts year 0
 * with a factor of 1 at a social time preference rate of 3.5% a year. We treat the first benefit year
 * (t = 1) as year 0, so it is undiscounted and year t is discounted by (1 + r)^(t−1). Drop-off follows
 * the same index: the full effect in year 1, reduced by the drop-off rate each later year. One rate is
 * used for every year; the Green Book lowers it to 3.0% only after year 30, beyond any benefit period
 * we expect, so pass another rate if a longer period is ever valued.
 *
 * <p>Arithmetic is in {@link BigDecimal} with 34 significant digits and only the three totals are
 * rounded, half-up, to pence. Money is never held as {@code double}: binary fractions would make a
 * pinned evaluation print different pennies on another machine or release, and results must be
 * reproducible exactly years later.
 */
public final class Valuation {

    /** HM Treasury Green Book social time preference rate for the first 30 years. */
    public static final BigDecimal GREEN_BOOK_DISCOUNT_RATE = new BigDecimal("0.035");

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final BigDecimal discountRate;

    public Valuation(BigDecimal discountRate) {
        if (discountRate == null || discountRate.signum() < 0 || discountRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidInputException(
                    "discount_rate",
                    "must be a share from 0 up to (not including) 1, such as 0.035 for 3.5%, but is " + discountRate);
        }
        this.discountRate = discountRate;
    }

    public static Valuation greenBook() {
        return new Valuation(GREEN_BOOK_DISCOUNT_RATE);
    }

    public BigDecimal discountRate() {
        return discountRate;
    }

    /**
     * The net present value of {@code quantity} units (in the value's unit) at the value's price base.
     *
     * @throws InvalidInputException if the quantity is missing or negative, or the value has problems
     */
    public ValueRange presentValue(BigDecimal quantity, ProxyValue value) {
        BigDecimal perUnit = quantity(quantity, value)
                .multiply(value.additionality().additionalShare(), PRECISION)
                .multiply(
                        yearFactorSum(value.additionality().dropOff().remainder(), value.benefitPeriodYears()),
                        PRECISION);
        return range(perUnit, value);
    }

    /**
     * The present value at year 0 (the appraisal base year) of a benefit whose first year is
     * {@code yearsFromBase} years later, on the value's Green Book schedule of declining rates:
     *
     * <pre>
     *   NPV = Σ_{k=0..T−1} Q × P × additional share × (1 − drop-off)^k × DF(yearsFromBase + k)
     * </pre>
     *
     * where DF(n) is the schedule's discount factor for year n ({@link DiscountSchedule#factor(int)}).
     */
    public static ValueRange onSchedule(BigDecimal quantity, ProxyValue value, int yearsFromBase) {
        BigDecimal retained =
                quantity(quantity, value).multiply(value.additionality().additionalShare(), PRECISION);
        BigDecimal dropOffKept = value.additionality().dropOff().remainder();
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < value.benefitPeriodYears(); k++) {
            sum = sum.add(
                    dropOffKept.pow(k, PRECISION).multiply(value.discounting().factor(yearsFromBase + k), PRECISION),
                    PRECISION);
        }
        return range(retained.multiply(sum, PRECISION), value);
    }

    private static ValueRange range(BigDecimal perUnit, ProxyValue value) {
        return new ValueRange(
                pence(perUnit.multiply(value.low())),
                pence(perUnit.multiply(value.central())),
                pence(perUnit.multiply(value.high())));
    }

    /** The quantity, once it and the value are known to be usable. */
    private static BigDecimal quantity(BigDecimal quantity, ProxyValue value) {
        if (quantity == null) {
            throw new InvalidInputException("quantity", "is missing: enter how many units were committed or delivered");
        }
        if (quantity.signum() < 0) {
            throw new InvalidInputException("quantity", "must be zero or more, but is " + quantity.toPlainString());
        }
        if (value == null) {
            throw new InvalidInputException("value", "is missing: an unmonetised measure is counted, not priced");
        }
        List<Problem> problems = value.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return quantity;
    }

    /** Σ_{t=1..T} (1 − drop-off)^(t−1) / (1 + r)^(t−1), with year 1 undiscounted. */
    private BigDecimal yearFactorSum(BigDecimal retained, int years) {
        BigDecimal growth = BigDecimal.ONE.add(discountRate);
        BigDecimal sum = BigDecimal.ZERO;
        for (int index = 0; index < years; index++) {
            sum = sum.add(retained.pow(index, PRECISION).divide(growth.pow(index, PRECISION), PRECISION), PRECISION);
        }
        return sum;
    }

    private static BigDecimal pence(BigDecimal pounds) {
        return pounds.setScale(2, RoundingMode.HALF_UP);
    }
}
