package org.socialvaluehub.opportunities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.measures.Frameworks;
import org.socialvaluehub.measures.PrioritySet;
import org.socialvaluehub.measures.core.Outcome;
import org.springframework.stereotype.Component;

/** The outcomes a buyer may prioritise: those given points in the partnership's published priority set. */
@Component
class PriorityChoices {

    private final Frameworks frameworks;

    PriorityChoices(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** Outcome code to "name (points)" label, in the priority set's order. */
    Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        frameworks.currentPriorities().ifPresent(set -> {
            Map<String, String> names = names(set.versionNumber());
            set.weights().pointsByOutcome().forEach((code, points) -> {
                if (points > 0) {
                    choices.put(code, names.getOrDefault(code, code));
                }
            });
        });
        return choices;
    }

    Set<String> codes() {
        return choices().keySet();
    }

    /** Outcome names of a framework version, for showing the priorities an opportunity pinned. */
    Map<String, String> names(int version) {
        Map<String, String> names = new LinkedHashMap<>();
        frameworks
                .version(version)
                .ifPresent(v -> v.content().outcomes().forEach((Outcome o) -> names.put(o.code(), o.name())));
        return names;
    }

    Integer prioritySetVersion() {
        return frameworks.currentPriorities().map(PrioritySet::versionNumber).orElse(null);
    }
}
