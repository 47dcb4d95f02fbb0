package org.socialvaluehub.evaluation.report;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.socialvaluehub.evaluation.common.EvaluationAudit.Entry;
import org.socialvaluehub.evaluation.scoring.Evaluator;

/**
 * The audit trail as a report or PDF shows it: evaluators by role ("Evaluator 1"), nobody by e-mail address. The
 * report travels outside the hub (to bidders who challenge, to auditors); the names stay in the hub's own trail and
 * conflict register.
 */
final class ReportTrail {

    private static final Pattern ADDRESS = Pattern.compile("\\s*<[^<>\\s]+@[^<>\\s]+>");

    private ReportTrail() {}

    static List<Entry> of(List<Entry> trail, List<Evaluator> evaluators, IntFunction<String> role) {
        return trail.stream()
                .map(entry -> {
                    String actor = ADDRESS.matcher(entry.actor()).replaceAll("");
                    String detail = ADDRESS.matcher(entry.detail()).replaceAll("");
                    for (int i = 0; i < evaluators.size(); i++) {
                        Evaluator evaluator = evaluators.get(i);
                        if (entry.userId() != null && entry.userId() == evaluator.userId()) {
                            actor = role.apply(i + 1);
                        }
                        if (!evaluator.displayName().isBlank()) {
                            detail = detail.replace(evaluator.displayName(), role.apply(i + 1));
                        }
                    }
                    return entry.withWords(actor, detail);
                })
                .toList();
    }
}
