package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSumsTest {

    @Test
    void sumsLinesIntoTheThreeSummariesOnceEachPairIsFlagged() {
        LineSums sums = new LineSums();
        sums.add(LocalDate.of(2024, 3, 31), 10_00, "acme", "ACME Ltd", "Highways", "Repairs", false);
        sums.add(LocalDate.of(2024, 3, 2), 5_00, "acme", "Acme Limited", "Highways", "Repairs", false);
        sums.add(LocalDate.of(2024, 4, 1), 7_00, "acme", "ACME Ltd", "Schools", "Repairs", false);
        sums.add(LocalDate.of(2024, 4, 9), 100_00, "hmrc", "HMRC", "Finance", "PAYE", false);
        sums.add(LocalDate.of(2024, 4, 9), 3_00, "", "Redacted personal data", "Care", "Repairs", true);

        List<LineSums.Pair> pairs = sums.pairs();
        assertThat(pairs).hasSize(4);
        boolean[] flags = new boolean[pairs.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = !pairs.get(i).supplierKey().equals("hmrc");
        }
        LineSums.Summaries summaries = sums.summaries(flags);

        LocalDate march = LocalDate.of(2024, 3, 1);
        LocalDate april = LocalDate.of(2024, 4, 1);
        assertThat(summaries.bySupplier()).containsExactlyInAnyOrder(
            new LineSums.BySupplier(march, "acme", true, false, 15_00, 2),
            new LineSums.BySupplier(april, "acme", true, false, 7_00, 1),
            new LineSums.BySupplier(april, "hmrc", false, false, 100_00, 1),
            new LineSums.BySupplier(april, "", true, true, 3_00, 1));
        assertThat(summaries.byCategory()).containsExactlyInAnyOrder(
            new LineSums.ByCategory(march, "Highways", "Repairs", true, 15_00, 2),
            new LineSums.ByCategory(april, "Schools", "Repairs", true, 7_00, 1),
            new LineSums.ByCategory(april, "Finance", "PAYE", false, 100_00, 1),
            new LineSums.ByCategory(april, "Care", "Repairs", true, 3_00, 1));
        // Financial years start in April; only influenceable spend with named suppliers counts here.
        assertThat(summaries.byYear()).containsExactlyInAnyOrder(
            new LineSums.ByYear(2023, "acme", "Repairs", 15_00),
            new LineSums.ByYear(2024, "acme", "Repairs", 7_00));
    }

    @Test
    void dropsNulAsPostgreSqlTextDoesSoBothSpellingsAreOnePair() {
        LineSums sums = new LineSums();
        sums.add(LocalDate.of(2024, 5, 1), 1, "acme", "Acme\0", "Area", "Type", false);
        sums.add(LocalDate.of(2024, 5, 2), 1, "acme", "Acme", "Area", "Type", false);

        assertThat(sums.pairs()).containsExactly(new LineSums.Pair("acme", "Acme", "Type", false));
    }

    @Test
    void stopsSummingLinesTooVariedToHoldAndSaysSo() {
        LineSums sums = new LineSums();
        for (int i = 0; i < LineSums.MAX_PAIRS; i++) {
            assertThat(sums.add(LocalDate.of(2024, 1, 1 + i % 28), i, "s" + i, "S" + i, "A", "T", false)).isTrue();
        }
        assertThat(sums.overflowed()).isFalse();

        assertThat(sums.add(LocalDate.of(2024, 1, 1), 1, "one", "One more", "A", "T", false)).isFalse();

        assertThat(sums.overflowed()).isTrue();
        assertThat(sums.pairs()).isEmpty();
        assertThatThrownBy(() -> sums.summaries(new boolean[0])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wantsOneFlagPerPair() {
        LineSums sums = new LineSums();
        sums.add(LocalDate.of(2024, 1, 1), 1, "a", "A", "Area", "Type", false);

        assertThatThrownBy(() -> sums.summaries(new boolean[2])).isInstanceOf(IllegalArgumentException.class);
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
