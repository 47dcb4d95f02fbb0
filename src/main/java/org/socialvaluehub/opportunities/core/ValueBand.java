package org.socialvaluehub.opportunities.core;

import java.math.BigDecimal;

/**
 * Bands of estimated value, so suppliers can filter before a buyer gives a figure; the 30,000 and
 * 215,000 pound steps follow the Procurement Act 2023 notice and goods-and-services thresholds.
 */
public enum ValueBand {
    BELOW_30K(0),
    FROM_30K_TO_215K(30_000),
    FROM_215K_TO_1M(215_000),
    FROM_1M_TO_5M(1_000_000),
    OVER_5M(5_000_000);

    private final long from;

    ValueBand(long from) {
        this.from = from;
    }

    /** The band an estimated value falls in; null for no value. */
    public static ValueBand of(BigDecimal value) {
        if (value == null) {
            return null;
        }
        ValueBand band = BELOW_30K;
        for (ValueBand candidate : values()) {
            if (value.compareTo(BigDecimal.valueOf(candidate.from)) >= 0) {
                band = candidate;
            }
        }
        return band;
    }
}
