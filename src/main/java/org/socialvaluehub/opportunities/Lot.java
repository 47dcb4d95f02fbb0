package org.socialvaluehub.opportunities;

import java.math.BigDecimal;

/** One lot of an opportunity, numbered from 1; an opportunity without lots is treated as one whole. */
public record Lot(long id, int number, String title, BigDecimal estimatedValue) {}
