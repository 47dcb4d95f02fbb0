package org.socialvaluehub.measures.core;

import java.math.BigDecimal;

/** A money estimate as low, central and high figures in pounds, rounded to pence. */
public record ValueRange(BigDecimal low, BigDecimal central, BigDecimal high) {}
