package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.spend.core.fast.CellTotals;
import org.socialvaluehub.spend.core.fast.SortedCellSums;

class LineSumsTest {

    private final Map<String, Integer> spellings = new HashMap<>();

    /** A number per supplier name, as the import gives each spelling. */
    private int spelling(String name) {
        return spellings.computeIfAbsent(name, n -> spellings.size());
    }

    @Test
    void sumsLinesIntoTheThreeSummariesOnceEachPairIsFlagged() {
        LineSums sums = new LineSums();
        sums.add(
                LocalDate.of(2024, 3, 31),
                10_00,
                spelling("ACME Ltd"),
                "acme",
                "ACME Ltd",
                "Highways",
                "Repairs",
                false);
        sums.add(
                LocalDate.of(2024, 3, 2),
                5_00,
                spelling("Acme Limited"),
                "acme",
                "Acme Limited",
                "Highways",
                "Repairs",
                false);
        sums.add(LocalDate.of(2024, 4, 1), 7_00, spelling("ACME Ltd"), "acme", "ACME Ltd", "Schools", "Repairs", false);
        sums.add(LocalDate.of(2024, 4, 9), 100_00, spelling("HMRC"), "hmrc", "HMRC", "Finance", "PAYE", false);
        sums.add(
                LocalDate.of(2024, 4, 9),
                3_00,
                spelling("Redacted personal data"),
                "",
                "Redacted personal data",
                "Care",
                "Repairs",
                true);

        List<LineSums.Pair> pairs = sums.pairs();
        assertThat(pairs).hasSize(4);
        boolean[] flags = new boolean[pairs.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = !pairs.get(i).supplierKey().equals("hmrc");
        }
        LineSummaries summaries = sums.summaries(flags);

        LocalDate march = LocalDate.of(2024, 3, 1);
        LocalDate april = LocalDate.of(2024, 4, 1);
        assertThat(summaries.bySupplier())
                .containsExactlyInAnyOrder(
                        new LineSummaries.BySupplier(march, "acme", true, false, 15_00, 2),
                        new LineSummaries.BySupplier(april, "acme", true, false, 7_00, 1),
                        new LineSummaries.BySupplier(april, "hmrc", false, false, 100_00, 1),
                        new LineSummaries.BySupplier(april, "", true, true, 3_00, 1));
        assertThat(summaries.byCategory())
                .containsExactlyInAnyOrder(
                        new LineSummaries.ByCategory(march, "Highways", "Repairs", true, 15_00, 2),
                        new LineSummaries.ByCategory(april, "Schools", "Repairs", true, 7_00, 1),
                        new LineSummaries.ByCategory(april, "Finance", "PAYE", false, 100_00, 1),
                        new LineSummaries.ByCategory(april, "Care", "Repairs", true, 3_00, 1));
        // Financial years start in April; only influenceable spend with named suppliers counts here.
        assertThat(summaries.byYear())
                .containsExactlyInAnyOrder(
                        new LineSummaries.ByYear(2023, "acme", "Repairs", 15_00),
                        new LineSummaries.ByYear(2024, "acme", "Repairs", 7_00));
    }

    @Test
    void dropsNulAsPostgreSqlTextDoesSoBothSpellingsAreOnePair() {
        LineSums sums = new LineSums();
        sums.add(LocalDate.of(2024, 5, 1), 1, spelling("Acme\0"), "acme", "Acme\0", "Area", "Type", false);
        sums.add(LocalDate.of(2024, 5, 2), 1, spelling("Acme"), "acme", "Acme", "Area", "Type", false);

        assertThat(sums.pairs()).containsExactly(new LineSums.Pair("acme", "Acme", "Type", false));
    }

    @Test
    void stopsSummingLinesTooVariedToHoldAndSaysSo() {
        LineSums sums = new LineSums();
        for (int i = 0; i < LineSums.MAX_PAIRS; i++) {
            assertThat(sums.add(
                            LocalDate.of(2024, 1, 1 + i % 28), i, spelling("S" + i), "s" + i, "S" + i, "A", "T", false))
                    .isTrue();
        }
        assertThat(sums.overflowed()).isFalse();

        assertThat(sums.add(LocalDate.of(2024, 1, 1), 1, spelling("One more"), "one", "One more", "A", "T", false))
                .isFalse();

        assertThat(sums.overflowed()).isTrue();
        assertThat(sums.pairs()).isEmpty();
        assertThatThrownBy(() -> sums.summaries(new boolean[0])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLineWhoseSpellingHasNoNumberLeavesTheSumsToTheDatabase() {
        LineSums sums = new LineSums();
        assertThat(sums.add(LocalDate.of(2024, 1, 1), 1, spelling("A"), "a", "A", "Area", "Type", false))
                .isTrue();

        assertThat(sums.add(LocalDate.of(2024, 1, 2), 1, -1, "b", "B", "Area", "Type", false))
                .isFalse();

        assertThat(sums.overflowed()).isTrue();
    }

    @Test
    void wantsOneFlagPerPair() {
        LineSums sums = new LineSums();
        sums.add(LocalDate.of(2024, 1, 1), 1, spelling("A"), "a", "A", "Area", "Type", false);

        assertThatThrownBy(() -> sums.summaries(new boolean[2])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortedCellSumsAddUpLinesAcrossManyBuffersInKeyOrder() {
        SortedCellSums sums = new SortedCellSums();
        long cells = 100_003;
        for (int round = 0; round < 3; round++) {
            for (long i = 0; i < cells; i++) {
                long key = (i * 7_919) % cells << 20;
                sums.add(key, key >>> 20);
            }
        }
        long[] previous = {-1};
        long[] seen = new long[1];
        sums.forEach((key, pence, lines) -> {
            assertThat(key).isGreaterThan(previous[0]);
            assertThat(pence).isEqualTo(3 * (key >>> 20));
            assertThat(lines).isEqualTo(3);
            previous[0] = key;
            seen[0]++;
        });
        assertThat(seen[0]).isEqualTo(cells).isEqualTo(sums.size());
        assertThatThrownBy(() -> sums.add(1L << SortedCellSums.KEY_BITS, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthsOutsideWhatTheSumsCanHoldAreLeftToTheDatabase() {
        LineSums sums = new LineSums();
        assertThat(sums.add(LocalDate.of(1899, 12, 31), 1, spelling("A"), "a", "A", "Area", "Type", false))
                .isFalse();
        assertThat(sums.overflowed()).isTrue();
        LineSums later = new LineSums();
        assertThat(later.add(LocalDate.of(2241, 4, 30), 1, spelling("A"), "a", "A", "Area", "Type", false))
                .isTrue();
        assertThat(later.add(LocalDate.of(2241, 5, 1), 1, spelling("A"), "a", "A", "Area", "Type", false))
                .isFalse();
    }

    @Test
    void cellTotalsKeepEveryCellAsTheTableGrows() {
        CellTotals totals = new CellTotals();
        for (long key = 0; key < 50_000; key++) {
            totals.add(key * 7_919, key);
            totals.add(key * 7_919, 1);
        }
        long[] seen = new long[3];
        totals.forEach((key, pence, lines) -> {
            assertThat(pence).isEqualTo(key / 7_919 + 1);
            assertThat(lines).isEqualTo(2);
            seen[0]++;
        });
        assertThat(seen[0]).isEqualTo(50_000).isEqualTo(totals.size());
        assertThatThrownBy(() -> totals.add(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
