package org.socialvaluehub.evaluation.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whether more of a criterion is better (benefit, such as apprenticeships) or worse (cost, such as price). */
public enum Direction {
    BENEFIT,
    COST;

    /** The name used in files and forms: {@code benefit} or {@code cost}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction fromLabel(String label, String criterionId) {
        for (Direction direction : values()) {
            if (direction.label().equals(label)) {
                return direction;
            }
        }
        throw new InvalidDecisionMatrixException(
                "criterion '" + criterionId + "': unknown direction '" + label + "'; use one of "
                        + Arrays.stream(values()).map(Direction::label).collect(Collectors.joining(", ")));
    }
}
