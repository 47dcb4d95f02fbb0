package org.socialvaluehub.resources.core;

/** The maturity stage reached in one dimension of a self-assessment. */
public record DimensionStage(String dimension, Stage stage) {}
