package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Totals of delivered values that only ever add like to like: one total for each value type and price
 * year, so social, fiscal and economic values (and values in different years' prices) are never summed
 * together; values that cannot be valued are counted, never added as zero.
 */
public record ValueTotals(List<Total> totals, int cannotBeValued, int notPriced) {

    /** The sum of the values of one type priced in one year. */
    public record Total(ValueType type, int priceYear, ValueRange range) {
        public String valueType() {
            return type == null ? null : type.code();
        }

        public String priceYearLabel() {
            return PriceBasis.label(priceYear);
        }
    }

    private record Key(ValueType type, int priceYear) {}

    public ValueTotals {
        totals = List.copyOf(totals);
    }

    public static ValueTotals of(Collection<DeliveredValue> values) {
        Map<Key, ValueRange> sums = new LinkedHashMap<>();
        int failed = 0;
        int unpriced = 0;
        for (DeliveredValue value : values) {
            switch (value.status()) {
                case PRICED -> sums.merge(new Key(value.type(), value.priceYear()), value.range(), ValueTotals::add);
                case CANNOT_BE_VALUED -> failed++;
                case NOT_PRICED -> unpriced++;
            }
        }
        List<Total> totals = new ArrayList<>();
        sums.forEach((key, range) -> totals.add(new Total(key.type(), key.priceYear(), range)));
        totals.sort(Comparator.comparing((Total t) ->
                        t.type() == null ? ValueType.values().length : t.type().ordinal())
                .thenComparing(Total::priceYear));
        return new ValueTotals(totals, failed, unpriced);
    }

    /** The total of one type in one year's prices, if any value of that kind was priced. */
    public ValueRange of(ValueType type, int priceYear) {
        return totals.stream()
                .filter(t -> Objects.equals(t.type(), type) && t.priceYear() == priceYear)
                .map(Total::range)
                .findFirst()
                .orElse(null);
    }

    private static ValueRange add(ValueRange a, ValueRange b) {
        return new ValueRange(sum(a.low(), b.low()), sum(a.central(), b.central()), sum(a.high(), b.high()));
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a.add(b);
    }
}
