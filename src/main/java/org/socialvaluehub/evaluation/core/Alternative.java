package org.socialvaluehub.evaluation.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One bid (or option) with its value on each criterion, keyed by criterion id.
 *
 * @param values a null value stands for a missing one, which the matrix refuses by name
 */
public record Alternative(String id, Map<String, Double> values) {

    public Alternative {
        if (id == null || id.isBlank()) {
            throw new InvalidDecisionMatrixException("every alternative needs an id");
        }
        if (values == null) {
            throw new InvalidDecisionMatrixException("alternative '" + id + "' has no values");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
