package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A price index by calendar year (such as the HM Treasury GDP deflator) with its source, used to restate
 * money from one year's prices in another's: amount × index(to) ÷ index(from).
 */
public record DeflatorSeries(String sourceName, String sourceUrl, Map<Integer, BigDecimal> indexByYear) {

    public DeflatorSeries {
        if (indexByYear.values().stream().anyMatch(index -> index == null || index.signum() <= 0)) {
            throw new InvalidInputException("index", "every deflator index must be a positive number");
        }
        indexByYear = Collections.unmodifiableMap(new TreeMap<>(indexByYear));
    }

    /**
     * The amount restated in {@code toYear} prices, unrounded (34 significant digits) so it can feed
     * further calculations; round only the final figure.
     */
    public BigDecimal rebase(BigDecimal amount, int fromYear, int toYear) {
        if (amount == null) {
            throw new InvalidInputException("amount", "is missing");
        }
        BigDecimal from = index(fromYear);
        BigDecimal to = index(toYear);
        return amount.multiply(to).divide(from, MathContext.DECIMAL128);
    }

    /** Whether the series holds an index for the year. */
    public boolean covers(Integer year) {
        return year != null && indexByYear.containsKey(year);
    }

    private BigDecimal index(int year) {
        BigDecimal index = indexByYear.get(year);
        if (index == null) {
            String covered = indexByYear.isEmpty() ? "no years at all" : "the years " + indexByYear.keySet();
            throw new InvalidInputException(
                    "year",
                    "the deflator series from " + sourceName + " has no index for " + year + "; it holds " + covered
                            + ". Add " + year + " from the source before rebasing");
        }
        return index;
    }
}
