package org.socialvaluehub.measures;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.Outcome;

/** The partnership's published local priorities for one framework version, laid out for the public framework page. */
record PrioritiesView(int versionNumber, String reasoning, Instant publishedAt, List<Row> outcomes) {

    /** An outcome with the points it was given, out of 100. */
    record Row(String code, String name, int points) {}

    /** The priorities when they were set for this version of the framework. */
    static Optional<PrioritiesView> of(Optional<PrioritySet> set, FrameworkVersion version) {
        return set.filter(s -> s.versionNumber() == version.number()).map(s -> of(s, version.content()));
    }

    private static PrioritiesView of(PrioritySet set, Framework framework) {
        Map<String, String> names =
                framework.outcomes().stream().collect(Collectors.toMap(Outcome::code, Outcome::name, (a, b) -> a));
        List<Row> rows = set.weights().pointsByOutcome().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new Row(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Row::points).reversed().thenComparing(Row::code))
                .toList();
        return new PrioritiesView(set.versionNumber(), set.reasoning(), set.publishedAt(), rows);
    }
}
