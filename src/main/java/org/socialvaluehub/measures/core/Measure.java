package org.socialvaluehub.measures.core;

/**
 * Something a supplier can commit to and report, counted in one unit, with the rules for counting it
 * and the evidence it needs, serving one outcome.
 */
public record Measure(
        String code,
        String outcomeCode,
        String name,
        String description,
        Unit unit,
        String countingRules,
        String evidenceNeeded) {}
