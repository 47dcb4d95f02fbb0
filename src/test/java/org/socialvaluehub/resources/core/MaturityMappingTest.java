package org.socialvaluehub.resources.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socialvaluehub.resources.core.Stage.DEVELOPING;
import static org.socialvaluehub.resources.core.Stage.ESTABLISHED;
import static org.socialvaluehub.resources.core.Stage.LEADING;
import static org.socialvaluehub.resources.core.Stage.STARTING;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaturityMappingTest {

    // A fixture questionnaire: two questions on purpose, three on people, one on planet.
    private static final List<Question> QUESTIONS = List.of(
            new Question(1, "PURPOSE"),
            new Question(2, "PURPOSE"),
            new Question(3, "PEOPLE"),
            new Question(4, "PEOPLE"),
            new Question(5, "PEOPLE"),
            new Question(6, "PLANET"));

    @Test
    void allStartingAnswersGiveStartingInEveryDimension() {
        var stages =
                MaturityMapping.assess(QUESTIONS, answers(STARTING, STARTING, STARTING, STARTING, STARTING, STARTING));
        assertThat(stages)
                .containsExactly(
                        new DimensionStage("PURPOSE", STARTING),
                        new DimensionStage("PEOPLE", STARTING),
                        new DimensionStage("PLANET", STARTING));
    }

    @Test
    void dimensionSitsAtTheAverageOfItsAnswersRoundedDown() {
        var stages = MaturityMapping.assess(
                QUESTIONS, answers(ESTABLISHED, LEADING, DEVELOPING, ESTABLISHED, LEADING, DEVELOPING));
        assertThat(stages)
                .containsExactly(
                        new DimensionStage("PURPOSE", ESTABLISHED),
                        new DimensionStage("PEOPLE", ESTABLISHED),
                        new DimensionStage("PLANET", DEVELOPING));
    }

    @Test
    void oneStrongAnswerDoesNotLiftAWeakDimension() {
        var stages =
                MaturityMapping.assess(QUESTIONS, answers(STARTING, STARTING, STARTING, STARTING, LEADING, LEADING));
        assertThat(stages.get(1)).isEqualTo(new DimensionStage("PEOPLE", DEVELOPING));
        assertThat(stages.get(2)).isEqualTo(new DimensionStage("PLANET", LEADING));
    }

    @Test
    void allLeadingAnswersGiveLeadingAndTheNextStageStaysLeading() {
        var stages = MaturityMapping.assess(QUESTIONS, answers(LEADING, LEADING, LEADING, LEADING, LEADING, LEADING));
        assertThat(MaturityMapping.weakest(stages)).isEqualTo(LEADING);
        assertThat(LEADING.next()).isEqualTo(LEADING);
    }

    @Test
    void weakestDimensionSetsWhereNextStepsStart() {
        var stages = MaturityMapping.assess(
                QUESTIONS, answers(LEADING, LEADING, DEVELOPING, DEVELOPING, DEVELOPING, ESTABLISHED));
        assertThat(MaturityMapping.weakest(stages)).isEqualTo(DEVELOPING);
        assertThat(MaturityMapping.weakest(stages).next()).isEqualTo(ESTABLISHED);
    }

    @Test
    void listsUnansweredQuestionsInOrder() {
        Map<Long, Stage> answers = answers(STARTING, STARTING, STARTING, STARTING, STARTING, STARTING);
        answers.remove(2L);
        answers.remove(5L);
        assertThat(MaturityMapping.unanswered(QUESTIONS, answers))
                .extracting(Question::id)
                .containsExactly(2L, 5L);
    }

    @Test
    void refusesToAssessWithUnansweredQuestions() {
        Map<Long, Stage> answers = answers(STARTING, STARTING, STARTING, STARTING, STARTING, STARTING);
        answers.remove(6L);
        assertThatThrownBy(() -> MaturityMapping.assess(QUESTIONS, answers))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<Long, Stage> answers(Stage... stages) {
        Map<Long, Stage> answers = new HashMap<>();
        for (int i = 0; i < stages.length; i++) {
            answers.put((long) i + 1, stages[i]);
        }
        return answers;
    }
}
