package org.socialvaluehub.evaluation.model;

import java.util.List;

/** One mark of the published rubric and what an answer must show to earn it. */
public record RubricLevel(int score, String descriptor) {

    /** The default scale: 0, 25, 50, 75 and 100. */
    public static final List<Integer> SCORES = List.of(0, 25, 50, 75, 100);
}
