package org.socialvaluehub.measures.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeflatorSeriesTest {

    private final DeflatorSeries series = new DeflatorSeries(
            "test series", "https://example.org", Map.of(2019, new BigDecimal("95"), 2020, new BigDecimal("100")));

    @Test
    void rebasesForwardByTheRatioOfIndices() {
        // £13,000 in 2019 prices × 100 / 95 = £13,684.2105… → £13,684.21 in 2020 prices.
        assertThat(series.rebase(new BigDecimal("13000"), 2019, 2020).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("13684.21");
    }

    @Test
    void rebasesBackwardByTheInverseRatio() {
        // £100 in 2020 prices × 95 / 100 = £95 in 2019 prices.
        assertThat(series.rebase(new BigDecimal("100"), 2020, 2019)).isEqualByComparingTo("95");
    }

    @Test
    void refusesAYearMissingFromTheSeriesNamingIt() {
        assertThatThrownBy(() -> series.rebase(BigDecimal.TEN, 2019, 2025))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no index for 2025")
                .hasMessageContaining("[2019, 2020]");
    }

    @Test
    void shippedHmTreasurySeriesLoadsWithItsSource() throws IOException {
        byte[] bytes =
                getClass().getResourceAsStream("/measures/gdp-deflators.csv").readAllBytes();
        DeflatorSeries shipped = DeflatorCsv.read(bytes);
        assertThat(shipped.sourceName()).startsWith("HM Treasury, GDP deflators at market prices, and money GDP");
        assertThat(shipped.sourceUrl()).startsWith("https://www.gov.uk/");
        // HM Treasury, March 2026: 2014-15 = 74.0662, 2024-25 = 100 (financial years, keyed by the year they start).
        assertThat(shipped.indexByYear()).containsEntry(2014, new BigDecimal("74.0662"));
        assertThat(shipped.indexByYear()).containsEntry(2024, new BigDecimal("100.0000"));
        assertThat(shipped.indexByYear()).hasSize(25);
    }

    @Test
    void deflatorFileWithoutSourceOrWithBadRowsIsRefused() {
        byte[] bytes = "year,index\n2020,100\n2021,abc\n2020,101\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DeflatorCsv.read(bytes))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("line 4: the year 2020 appears twice")
                .hasMessageContaining("source_name");
    }
}
