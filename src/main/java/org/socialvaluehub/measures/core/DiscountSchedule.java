package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Green Book's declining long-term discount rates (2022 edition, Annex A6): the standard social time
 * preference rate of 3.5% for years 0 to 30, 3.0% for 31 to 75 and lower after; and the health schedule,
 * which leaves out the wealth effect (1.5% for years 0 to 30, then 1.29%, 1.07%...), for values of health
 * and life. The factor for year n compounds each band's rate over the years that fall in it.
 */
public enum DiscountSchedule {
    STANDARD("0.035", "0.030", "0.025", "0.020", "0.015", "0.010"),
    HEALTH("0.015", "0.01286", "0.01071", "0.00857", "0.00643", "0.00429");

    /** The last year of each band: 0–30, 31–75, 76–125, 126–200, 201–300, and beyond. */
    private static final List<Integer> BAND_ENDS = List.of(30, 75, 125, 200, 300, Integer.MAX_VALUE);

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final List<BigDecimal> rates;

    DiscountSchedule(String... rates) {
        this.rates = Arrays.stream(rates).map(BigDecimal::new).toList();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rate that applies in year {@code year} (year 0 is the appraisal base year). */
    public BigDecimal rate(int year) {
        for (int band = 0; band < BAND_ENDS.size(); band++) {
            if (year <= BAND_ENDS.get(band)) {
                return rates.get(band);
            }
        }
        return rates.get(rates.size() - 1);
    }

    /** The discount factor of year {@code year}: 1 in year 0, then divided by (1 + that year's rate) each year. */
    public BigDecimal factor(int year) {
        if (year < 0) {
            throw new InvalidInputException("year", "must be 0 or later, but is " + year);
        }
        BigDecimal factor = BigDecimal.ONE;
        for (int t = 1; t <= year; t++) {
            factor = factor.divide(BigDecimal.ONE.add(rate(t)), PRECISION);
        }
        return factor;
    }

    public static Optional<DiscountSchedule> fromText(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(DiscountSchedule::code).collect(Collectors.joining(", "));
    }
}
