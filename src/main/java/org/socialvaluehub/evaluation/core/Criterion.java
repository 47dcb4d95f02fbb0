package org.socialvaluehub.evaluation.core;

import static org.socialvaluehub.evaluation.core.InvalidDecisionMatrixException.number;

import java.util.Optional;

/**
 * One thing the bids are judged on: its direction, its weight as set (before normalisation) and, for the
 * weighted sum, the scoring method that turns its values into 0–1.
 *
 * @param scoring may be null when only TOPSIS or VIKOR will be used, as they take the raw values
 */
public record Criterion(String id, Direction direction, double weight, Scoring scoring) {

    public Criterion {
        if (id == null || id.isBlank()) {
            throw new InvalidDecisionMatrixException("every criterion needs an id");
        }
        if (direction == null) {
            throw new InvalidDecisionMatrixException("criterion '" + id + "' needs a direction (benefit or cost)");
        }
        if (!Double.isFinite(weight)) {
            throw new InvalidDecisionMatrixException(
                    "criterion '" + id + "' has a weight that is not a number: " + number(weight));
        }
        if (weight < 0) {
            throw new InvalidDecisionMatrixException("criterion '" + id + "' has a negative weight (" + number(weight)
                    + "); weights must be zero or more");
        }
        if (scoring != null
                && scoring.requiredDirection()
                        .filter(required -> required != direction)
                        .isPresent()) {
            throw new InvalidDecisionMatrixException("criterion '" + id + "': scoring " + scoring.name() + " is for "
                    + scoring.requiredDirection().get().label() + " criteria, but the direction is "
                    + direction.label());
        }
    }

    public Optional<Scoring> scoringMethod() {
        return Optional.ofNullable(scoring);
    }
}
