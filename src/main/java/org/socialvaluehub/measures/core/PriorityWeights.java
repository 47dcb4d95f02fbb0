package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partnership's local priorities: 100 points shared across outcomes (a points-allocation screen), and
 * the weights they imply. Whole points keep the screen simple and the weights exact hundredths.
 */
public record PriorityWeights(Map<String, Integer> pointsByOutcome) {

    public static final int TOTAL_POINTS = 100;

    public PriorityWeights {
        List<Problem> problems = problems(pointsByOutcome, null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        pointsByOutcome = Collections.unmodifiableMap(new LinkedHashMap<>(pointsByOutcome));
    }

    /** Points for outcomes of a framework: also refuses outcome codes the framework does not have. */
    public static PriorityWeights allocate(Map<String, Integer> pointsByOutcome, Framework framework) {
        List<Problem> problems = problems(
                pointsByOutcome,
                framework.outcomes().stream().map(Outcome::code).toList());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PriorityWeights(pointsByOutcome);
    }

    /** Every problem with an allocation; {@code knownOutcomes} may be null to skip the code check. */
    public static List<Problem> problems(Map<String, Integer> pointsByOutcome, Collection<String> knownOutcomes) {
        List<Problem> problems = new ArrayList<>();
        if (pointsByOutcome == null || pointsByOutcome.isEmpty()) {
            return List.of(
                    new Problem("points", "give points to at least one outcome; they must total " + TOTAL_POINTS));
        }
        int total = 0;
        for (Map.Entry<String, Integer> entry : pointsByOutcome.entrySet()) {
            Integer points = entry.getValue();
            if (points == null) {
                problems.add(new Problem(entry.getKey(), "has no points: enter 0 or more"));
            } else if (points < 0) {
                problems.add(new Problem(entry.getKey(), "has " + points + " points; points cannot be negative"));
            } else {
                total += points;
            }
            if (knownOutcomes != null && !knownOutcomes.contains(entry.getKey())) {
                problems.add(new Problem(entry.getKey(), "is not an outcome of this framework"));
            }
        }
        if (problems.isEmpty() && total != TOTAL_POINTS) {
            problems.add(new Problem(
                    "points",
                    "total " + total + "; they must total exactly " + TOTAL_POINTS
                            + " ("
                            + (total > TOTAL_POINTS
                                    ? "remove " + (total - TOTAL_POINTS)
                                    : "add " + (TOTAL_POINTS - total))
                            + ")"));
        }
        return problems;
    }

    /** Each outcome's weight as a share of 1 (points ÷ 100), exact, so the weights sum to exactly 1. */
    public Map<String, BigDecimal> weights() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        pointsByOutcome.forEach((code, points) -> weights.put(code, BigDecimal.valueOf(points, 2)));
        return weights;
    }

    public BigDecimal weightOf(String outcomeCode) {
        return BigDecimal.valueOf(pointsByOutcome.getOrDefault(outcomeCode, 0), 2);
    }
}
