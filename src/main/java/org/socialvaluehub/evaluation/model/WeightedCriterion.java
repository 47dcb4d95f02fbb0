package org.socialvaluehub.evaluation.model;

import java.math.BigDecimal;

/**
 * One line of the published model: what is scored, in which group (price, quality, social value), its share
 * of the total in percent and its scoring method, exactly as the weighted sum uses it.
 */
public record WeightedCriterion(
        String id, String label, String group, double percent, String scoring, BigDecimal target, String unit) {}
