package org.socialvaluehub.evaluation.core;

import java.util.Arrays;

/**
 * Competition ranking ("1, 1, 3"): an alternative's rank is one more than the number of alternatives that
 * score better than it by more than {@link #EPSILON}, so scores equal within that margin share a rank
 * and the next rank is skipped.
 */
public final class Ranks {

    /** Scores here lie in 0–1; differences below this are rounding, not preference. */
    public static final double EPSILON = 1e-9;

    private Ranks() {}

    /** Ranks where a higher score is better (weighted sum, TOPSIS closeness). */
    public static int[] highestFirst(double[] scores) {
        int[] ranks = new int[scores.length];
        highestFirst(scores, scores.clone(), ranks);
        return ranks;
    }

    /** Ranks where a lower score is better (VIKOR S, R and Q): the same ranking of the negated scores. */
    public static int[] lowestFirst(double[] scores) {
        double[] negated = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            negated[i] = -scores[i];
        }
        return highestFirst(negated);
    }

    /**
     * The allocation-free form for the sensitivity loop: {@code scratch} is overwritten, {@code ranks}
     * receives the result; both have the length of {@code scores}.
     */
    static void highestFirst(double[] scores, double[] scratch, int[] ranks) {
        System.arraycopy(scores, 0, scratch, 0, scores.length);
        Arrays.sort(scratch);
        for (int i = 0; i < scores.length; i++) {
            ranks[i] = 1 + scores.length - firstAbove(scratch, scores[i] + EPSILON);
        }
    }

    /** Index of the first sorted value greater than {@code bound}, or the length if none is. */
    private static int firstAbove(double[] sorted, double bound) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] > bound) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
