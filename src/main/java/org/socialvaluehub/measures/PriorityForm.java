package org.socialvaluehub.measures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.measures.core.Outcome;
import org.socialvaluehub.measures.core.Problem;

/** Points typed against each outcome (as text, so a typo gets a message, not a crash) and the reasoning. */
class PriorityForm {

    private Map<String, String> points = new LinkedHashMap<>();
    private String reasoning;

    static PriorityForm of(List<Outcome> outcomes, PrioritySet current) {
        PriorityForm form = new PriorityForm();
        for (Outcome outcome : outcomes) {
            int points =
                    current == null ? 0 : current.weights().pointsByOutcome().getOrDefault(outcome.code(), 0);
            form.points.put(outcome.code(), String.valueOf(points));
        }
        return form;
    }

    /** Whole points by outcome, in the outcomes' order; unreadable entries are noted as problems. */
    Map<String, Integer> parsed(List<Outcome> outcomes, List<Problem> problems) {
        Map<String, Integer> parsed = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            String text = points.getOrDefault(outcome.code(), "").strip();
            if (text.isEmpty()) {
                parsed.put(outcome.code(), 0);
                continue;
            }
            try {
                parsed.put(outcome.code(), Integer.valueOf(text));
            } catch (NumberFormatException e) {
                problems.add(new Problem(outcome.code(), "is not a whole number: '" + text + "'"));
                parsed.put(outcome.code(), null);
            }
        }
        return parsed;
    }

    public Map<String, String> getPoints() {
        return points;
    }

    public void setPoints(Map<String, String> points) {
        this.points = points;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }
}
