package org.socialvaluehub.resources.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns self-assessment answers into a stage per dimension. A dimension sits at the average of its
 * answers' stages, rounded down, so one strong answer does not lift an area that is otherwise weak.
 */
public final class MaturityMapping {

    private MaturityMapping() {}

    /** The questions without an answer, in questionnaire order; empty when all are answered. */
    public static List<Question> unanswered(List<Question> questions, Map<Long, Stage> answers) {
        return questions.stream().filter(q -> answers.get(q.id()) == null).toList();
    }

    /** The stage per dimension, in the order dimensions first appear; every question must be answered. */
    public static List<DimensionStage> assess(List<Question> questions, Map<Long, Stage> answers) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("A self-assessment needs at least one question");
        }
        List<Question> missing = unanswered(questions, answers);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Unanswered questions: " + missing);
        }
        Map<String, int[]> totals = new LinkedHashMap<>();
        for (Question question : questions) {
            int[] total = totals.computeIfAbsent(question.dimension(), d -> new int[2]);
            total[0] += answers.get(question.id()).ordinal();
            total[1]++;
        }
        List<DimensionStage> stages = new ArrayList<>();
        totals.forEach(
                (dimension, total) -> stages.add(new DimensionStage(dimension, Stage.values()[total[0] / total[1]])));
        return stages;
    }

    /** The lowest stage across dimensions: where the organisation's next steps start. */
    public static Stage weakest(List<DimensionStage> stages) {
        return stages.stream().map(DimensionStage::stage).min(Enum::compareTo).orElse(Stage.STARTING);
    }
}
