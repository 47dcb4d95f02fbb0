package org.socialvaluehub.evaluation.core;

/**
 * What one criterion adds to a bid's weighted total: the value as bid, its 0–1 score under the
 * criterion's scoring method, the normalised weight, and their product.
 */
public record Contribution(String criterionId, double value, double score, double weight, double points) {}
