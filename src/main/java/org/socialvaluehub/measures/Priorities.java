package org.socialvaluehub.measures;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.measures.core.InvalidInputException;
import org.socialvaluehub.measures.core.PriorityWeights;
import org.socialvaluehub.measures.core.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing the partnership's local priorities: 100 points across the outcomes of the current version, with
 * reasoning.
 */
@Service
class Priorities {

    private final Frameworks frameworks;
    private final PrioritySetRepository sets;
    private final Clock clock;

    Priorities(Frameworks frameworks, PrioritySetRepository sets, Clock clock) {
        this.frameworks = frameworks;
        this.sets = sets;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException with every problem (points not totalling 100, negative or missing
     *                               points, unknown outcomes, no reasoning); nothing is published then
     */
    @Transactional
    PrioritySet publish(Map<String, Integer> pointsByOutcome, String reasoning, String publishedBy) {
        List<Problem> problems = problems(pointsByOutcome, reasoning);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FrameworkVersion version = frameworks.current().orElseThrow();
        long id = sets.insert(
                version.number(),
                new PriorityWeights(pointsByOutcome),
                reasoning.strip(),
                publishedBy,
                clock.instant());
        return sets.history().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** Every problem with an allocation for the current version and its reasoning, without publishing anything. */
    List<Problem> problems(Map<String, Integer> pointsByOutcome, String reasoning) {
        List<Problem> problems = new ArrayList<>();
        frameworks
                .current()
                .ifPresentOrElse(
                        version -> problems.addAll(PriorityWeights.problems(
                                pointsByOutcome,
                                version.content().outcomes().stream()
                                        .map(o -> o.code())
                                        .toList())),
                        () -> problems.add(
                                new Problem("version", "publish a framework version before setting priorities")));
        if (reasoning == null || reasoning.isBlank()) {
            problems.add(new Problem("reasoning", "is missing: explain why the points are shared this way"));
        }
        return problems;
    }

    List<PrioritySet> history() {
        return sets.history();
    }
}
