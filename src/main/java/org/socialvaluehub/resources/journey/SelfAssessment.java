package org.socialvaluehub.resources.journey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.resources.core.DimensionStage;
import org.socialvaluehub.resources.core.MaturityMapping;
import org.socialvaluehub.resources.core.Question;
import org.socialvaluehub.resources.core.Stage;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes an organisation through its self-assessment and keeps each result, so progress shows over time. */
@Service
class SelfAssessment {

    /** What came of a submitted questionnaire: the questions still unanswered, or the saved result. */
    record Outcome(List<Question> unanswered, Long resultId) {}

    private final QuestionRepository questions;
    private final ResultRepository results;
    private final Organisations organisations;

    SelfAssessment(QuestionRepository questions, ResultRepository results, Organisations organisations) {
        this.questions = questions;
        this.results = results;
        this.organisations = organisations;
    }

    /** The organisations a person can assess: those they belong to, by name. */
    List<Organisation> organisationsOf(SignedInUser user) {
        return organisations.findAll(user.organisationIds()).stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    Optional<Organisation> organisation(long id) {
        return organisations.find(id);
    }

    /** Buyers and suppliers answer different questionnaires. */
    Questionnaire questionnaireFor(Organisation organisation) {
        return questions.questionnaire(organisation.kind().name());
    }

    @Transactional
    Outcome submit(Organisation organisation, String takenBy, Map<Long, Long> chosenOptions) {
        Questionnaire questionnaire = questionnaireFor(organisation);
        Map<Long, Stage> answers = questionnaire.stagesOf(chosenOptions);
        List<Question> unanswered = MaturityMapping.unanswered(questionnaire.coreQuestions(), answers);
        if (!unanswered.isEmpty()) {
            return new Outcome(unanswered, null);
        }
        List<Assessment.Row> rows = MaturityMapping.assess(questionnaire.coreQuestions(), answers).stream()
                .map(s -> row(questionnaire, s))
                .toList();
        return new Outcome(List.of(), results.insert(organisation.id(), questionnaire.audience(), takenBy, rows));
    }

    Optional<Assessment> result(long id) {
        return results.find(id);
    }

    List<Assessment> history(long organisationId) {
        return results.ofOrganisation(organisationId);
    }

    private static Assessment.Row row(Questionnaire questionnaire, DimensionStage stage) {
        return new Assessment.Row(
                stage.dimension(),
                questionnaire.dimensionName(stage.dimension()).orElseThrow(),
                stage.stage());
    }
}
