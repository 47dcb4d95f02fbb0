package org.socialvaluehub.resources.journey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.resources.core.Question;
import org.socialvaluehub.resources.core.Stage;

/** The self-assessment for one audience: its questions in order, each with options mapped to stages. */
public record Questionnaire(String audience, List<Item> questions) {

    /** One question with its dimension and answer options. */
    public record Item(
            long id, String dimension, String dimensionName, int position, String text, List<Option> options) {}

    /** One answer option and the maturity stage it shows. */
    public record Option(long id, String text, Stage stage) {}

    List<Question> coreQuestions() {
        return questions.stream().map(q -> new Question(q.id(), q.dimension())).toList();
    }

    /** The stage each chosen option shows, by question; options that do not belong to the question are ignored. */
    Map<Long, Stage> stagesOf(Map<Long, Long> chosenOptions) {
        Map<Long, Stage> stages = new HashMap<>();
        for (Item question : questions) {
            Long chosen = chosenOptions.get(question.id());
            question.options().stream()
                    .filter(o -> chosen != null && o.id() == chosen)
                    .findFirst()
                    .ifPresent(o -> stages.put(question.id(), o.stage()));
        }
        return stages;
    }

    Optional<String> dimensionName(String dimension) {
        return questions.stream()
                .filter(q -> q.dimension().equals(dimension))
                .map(Item::dimensionName)
                .findFirst();
    }
}
