package org.socialvaluehub.evaluation.core;

import java.util.Optional;

/**
 * How far one criterion's weight (as a share of the total) can move, the others rescaled in proportion,
 * before the winner changes: at {@code low} and {@code high} another bid draws level, and beyond them it
 * wins. A bound at 0 or 1 means no bid overtakes in that direction.
 *
 * @param overtakenBelowBy the bid that draws level at {@code low}, if any
 * @param overtakenAboveBy the bid that draws level at {@code high}, if any
 */
public record WeightInterval(
        String criterionId,
        double weight,
        double low,
        double high,
        Optional<String> overtakenBelowBy,
        Optional<String> overtakenAboveBy) {

    public boolean contains(double share) {
        return share >= low && share <= high;
    }
}
