package org.socialvaluehub.evaluation.scoring;

import java.time.Instant;

/** A person the buyer named to score an evaluation, and when they submitted their scores (null until then). */
public record Evaluator(long userId, String displayName, Instant submittedAt) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
