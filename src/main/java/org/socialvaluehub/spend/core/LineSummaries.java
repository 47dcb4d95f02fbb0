package org.socialvaluehub.spend.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.spend.core.fast.CellTotals;

/**
 * The three summaries the dashboards read, made from an import's sums per month, service area and pair once the
 * rules have flagged each pair: by month and supplier, by month and category, and (influenceable spend of named
 * suppliers) by financial year, supplier and expense type.
 */
public record LineSummaries(List<BySupplier> bySupplier, List<ByCategory> byCategory, List<ByYear> byYear) {

    public record BySupplier(
            LocalDate month, String supplierKey, boolean influenceable, boolean redacted, long pence, long lines) {}

    public record ByCategory(
            LocalDate month, String serviceArea, String expenseType, boolean influenceable, long pence, long lines) {}

    /** Influenceable spend of named (not redacted) suppliers per financial year, starting in April. */
    public record ByYear(int financialYear, String supplierKey, String expenseType, long pence) {}

    /** Gathers sums per month (year × 12 + month − 1), service area and pair (each by number). */
    static final class Builder {

        private final List<LineSums.Pair> pairs;
        private final boolean[] influenceable;
        private final int[] supplier;
        private final int[] type;
        private final List<String> suppliers = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final List<String> areas;
        private final CellTotals bySupplier = new CellTotals();
        private final CellTotals byCategory = new CellTotals();
        private final CellTotals byYear = new CellTotals();

        /** @param areas the service areas, which {@link #add} gives by number */
        Builder(List<LineSums.Pair> pairs, List<String> areas, boolean[] influenceable) {
            if (influenceable.length != pairs.size()) {
                throw new IllegalArgumentException(
                        "one flag per pair: " + pairs.size() + ", not " + influenceable.length);
            }
            this.pairs = pairs;
            this.influenceable = influenceable;
            this.areas = areas;
            supplier = new int[pairs.size()];
            type = new int[pairs.size()];
            Map<String, Integer> supplierIndex = new HashMap<>();
            Map<String, Integer> typeIndex = new HashMap<>();
            for (int i = 0; i < pairs.size(); i++) {
                supplier[i] =
                        LineSums.index(supplierIndex, suppliers, pairs.get(i).supplierKey(), Integer.MAX_VALUE);
                type[i] = LineSums.index(typeIndex, types, pairs.get(i).expenseType(), Integer.MAX_VALUE);
            }
        }

        void add(long month, int area, int pair, long pence, long lines) {
            int flag = influenceable[pair] ? 1 : 0;
            int redacted = pairs.get(pair).redacted() ? 1 : 0;
            bySupplier.add(month << 44 | (long) supplier[pair] << 2 | flag << 1 | redacted, pence, lines);
            byCategory.add(month << 44 | (long) area << 24 | (long) type[pair] << 1 | flag, pence, lines);
            if (flag == 1 && redacted == 0) {
                long financialYear = (month - 3) / 12;
                byYear.add(financialYear << 44 | (long) supplier[pair] << 20 | type[pair], pence, lines);
            }
        }

        LineSummaries build() {
            List<BySupplier> supplierSums = new ArrayList<>(bySupplier.size());
            bySupplier.forEach((key, pence, lines) -> supplierSums.add(new BySupplier(
                    month(key >>> 44),
                    suppliers.get((int) (key >>> 2 & 0xFFFFFF)),
                    (key & 2) != 0,
                    (key & 1) != 0,
                    pence,
                    lines)));
            List<ByCategory> categorySums = new ArrayList<>(byCategory.size());
            byCategory.forEach((key, pence, lines) -> categorySums.add(new ByCategory(
                    month(key >>> 44),
                    areas.get((int) (key >>> 24 & 0xFFFFF)),
                    types.get((int) (key >>> 1 & 0x7FFFFF)),
                    (key & 1) != 0,
                    pence,
                    lines)));
            List<ByYear> yearSums = new ArrayList<>(byYear.size());
            byYear.forEach((key, pence, lines) -> yearSums.add(new ByYear(
                    (int) (key >>> 44),
                    suppliers.get((int) (key >>> 20 & 0xFFFFFF)),
                    types.get((int) (key & 0xFFFFF)),
                    pence)));
            return new LineSummaries(supplierSums, categorySums, yearSums);
        }

        private static LocalDate month(long index) {
            return LocalDate.of((int) (index / 12), (int) (index % 12) + 1, 1);
        }
    }
}
