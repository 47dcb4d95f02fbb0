package org.socialvaluehub.evaluation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.evaluation.core.PriceChecks.Flag;

class PriceChecksTest {

    private static Map<String, Double> prices(double... values) {
        Map<String, Double> prices = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            prices.put("b" + i, values[i]);
        }
        return prices;
    }

    @Test
    void aPriceAboveThePublishedBudgetIsFlagged() {
        var flags = PriceChecks.check(prices(90, 100, 110), 100.0, 30);

        assertThat(flags.get("b0")).isEmpty();
        assertThat(flags.get("b1")).isEmpty();
        assertThat(flags.get("b2")).containsExactly(Flag.ABOVE_BUDGET);
    }

    @Test
    void aPriceMoreThanTheConfiguredPercentBelowTheMedianIsFlaggedAsPossiblyAbnormallyLow() {
        var flags = PriceChecks.check(prices(100, 105, 69, 110, 71), null, 30);

        assertThat(flags.get("b2")).containsExactly(Flag.POSSIBLY_ABNORMALLY_LOW);
        assertThat(flags.get("b4")).isEmpty();
        assertThat(PriceChecks.check(prices(100, 105, 69, 110, 71), null, 40).get("b2"))
                .isEmpty();
    }

    @Test
    void aSingleBidIsNeverAbnormallyLowAgainstItself() {
        assertThat(PriceChecks.check(prices(1), null, 30).get("b0")).isEmpty();
    }

    @Test
    void theMedianOfAnEvenNumberOfPricesIsTheMeanOfTheMiddleTwo() {
        assertThat(PriceChecks.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(PriceChecks.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    }
}
