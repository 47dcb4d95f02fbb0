package org.socialvaluehub.evaluation.model;

/** One mark of the published rubric and what an answer must show to earn it. */
public record RubricLevel(int score, String descriptor) {

    /** The default scale: 0, 25, 50, 75 and 100. */
    public static final java.util.List<Integer> SCORES = java.util.List.of(0, 25, 50, 75, 100);
}
