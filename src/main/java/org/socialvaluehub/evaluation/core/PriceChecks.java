package org.socialvaluehub.evaluation.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a buyer makes on prices before deciding: a price above the published budget, and a price so far
 * below the others that it may be abnormally low, which the Procurement Act 2023 (s. 19(3)(c), (4) and (5))
 * lets the buyer disregard only after telling the supplier and giving it a reasonable chance to show it can
 * perform the contract for that price. The checks flag; they never change a score.
 */
public final class PriceChecks {

    /** What a price is flagged for. */
    public enum Flag {
        ABOVE_BUDGET,
        POSSIBLY_ABNORMALLY_LOW
    }

    private PriceChecks() {}

    /**
     * Each bid's flags, by bid id.
     *
     * @param prices             each bid's price, above 0
     * @param budget             the published budget (estimated value), or null when none was published
     * @param percentBelowMedian how far below the median of all the prices a price must be to be flagged as
     *                           possibly abnormally low, in percent (30 flags prices under 70% of the median)
     */
    public static Map<String, Set<Flag>> check(Map<String, Double> prices, Double budget, double percentBelowMedian) {
        double median = median(new ArrayList<>(prices.values()));
        double threshold = median * (100 - percentBelowMedian) / 100;
        Map<String, Set<Flag>> flags = new LinkedHashMap<>();
        prices.forEach((id, price) -> {
            Set<Flag> these = EnumSet.noneOf(Flag.class);
            if (budget != null && price > budget) {
                these.add(Flag.ABOVE_BUDGET);
            }
            if (prices.size() > 1 && price < threshold) {
                these.add(Flag.POSSIBLY_ABNORMALLY_LOW);
            }
            flags.put(id, these);
        });
        return flags;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
