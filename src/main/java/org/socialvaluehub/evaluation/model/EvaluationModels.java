package org.socialvaluehub.evaluation.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.measures.FrameworkVersion;
import org.socialvaluehub.measures.Frameworks;
import org.socialvaluehub.measures.core.Measure;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation models: set by the opportunity's buyer while it is a draft or planned, fixed once it
 * opens, and published with it. Every change is audited.
 */
@Service
@NamedInterface("model")
public class EvaluationModels {

    private final ModelRepository repository;
    private final Frameworks frameworks;
    private final EvaluationAudit audit;
    private final SocialValueWeighting weighting;

    EvaluationModels(
            ModelRepository repository, Frameworks frameworks, EvaluationAudit audit, SocialValueWeighting weighting) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.audit = audit;
        this.weighting = weighting;
    }

    /**
     * The model with each measure's name and unit from the opportunity's framework version. Its estimated value is
     * the one fixed at opening; while the model can change (and for models opened before values were fixed) it is
     * the opportunity's current one.
     */
    public Optional<EvaluationModel> find(Evaluation evaluation) {
        Map<String, Measure> byCode = measures(evaluation).stream()
                .collect(Collectors.toMap(Measure::code, Function.identity(), (a, b) -> a));
        return repository
                .find(evaluation)
                .map(model -> new EvaluationModel(
                        model.opportunityId(),
                        model.priceWeight(),
                        model.qualityWeight(),
                        model.socialWeight(),
                        model.rubric(),
                        model.questions(),
                        model.measures().stream()
                                .map(m -> named(m, byCode.get(m.measureCode())))
                                .toList(),
                        model.estimatedValue() != null ? model.estimatedValue() : evaluation.estimatedValue(),
                        model.socialJustification()));
    }

    public List<Long> opportunitiesOfBuyers(Collection<Long> buyerIds) {
        return repository.opportunitiesOfBuyers(buyerIds);
    }

    /** The measures bidders may commit to: those of the pinned version, or the current one while a draft. */
    public List<Measure> measures(Evaluation evaluation) {
        Integer version = evaluation.frameworkVersion() != null
                ? evaluation.frameworkVersion()
                : frameworks.current().map(FrameworkVersion::number).orElse(null);
        return version == null ? List.of() : frameworks.measures(version);
    }

    public boolean editable(Evaluation evaluation) {
        return evaluation.status() == OpportunityStatus.DRAFT || evaluation.status() == OpportunityStatus.PLANNED;
    }

    SocialValueWeighting socialValueWeighting() {
        return weighting;
    }

    /** Saves weights of at least 10% social value, which need no reason (see {@link SocialValueWeighting}). */
    public Optional<String> saveWeights(
            Evaluation evaluation,
            BigDecimal price,
            BigDecimal quality,
            BigDecimal social,
            List<String> descriptors,
            SignedInUser user) {
        return saveWeights(evaluation, price, quality, social, null, descriptors, user);
    }

    /**
     * Saves the weights, the reason for a social value weighting below 10% and the rubric; an error message key when
     * they break a rule, and then nothing is saved.
     */
    @Transactional
    public Optional<String> saveWeights(
            Evaluation evaluation,
            BigDecimal price,
            BigDecimal quality,
            BigDecimal social,
            String justification,
            List<String> descriptors,
            SignedInUser user) {
        requireEditable(evaluation);
        if (price.add(quality).add(social).compareTo(new BigDecimal(100)) != 0) {
            return Optional.of("evaluation.model.weights.sum");
        }
        Optional<String> refusal = weighting.refusal(social, justification);
        if (refusal.isPresent()) {
            return refusal;
        }
        String kept = weighting.kept(social, justification);
        repository.saveWeights(evaluation, evaluation.buyerId(), price, quality, social, kept, descriptors);
        audit.record(
                evaluation,
                user,
                "model.weights",
                "price " + price.stripTrailingZeros().toPlainString()
                        + "%, quality " + quality.stripTrailingZeros().toPlainString() + "%, social value "
                        + social.stripTrailingZeros().toPlainString() + "%"
                        + (kept == null ? "" : " (below 10% because: " + kept + ")"));
        return Optional.empty();
    }

    @Transactional
    public void addQuestion(
            Evaluation evaluation,
            Question.Section section,
            String title,
            String guidance,
            BigDecimal weight,
            SignedInUser user) {
        requireModel(evaluation);
        repository.addQuestion(evaluation, section, title.strip(), guidance == null ? "" : guidance.strip(), weight);
        audit.record(
                evaluation,
                user,
                "model.question.added",
                section + ": " + title.strip() + " (weight "
                        + weight.stripTrailingZeros().toPlainString() + ")");
    }

    @Transactional
    public void removeQuestion(Evaluation evaluation, long questionId, SignedInUser user) {
        requireModel(evaluation);
        if (repository.removeQuestion(evaluation, questionId)) {
            audit.record(evaluation, user, "model.question.removed", "question " + questionId);
        }
    }

    /** Adds (or replaces) a measure criterion; an error message key when the method cannot score it. */
    @Transactional
    public Optional<String> addMeasure(
            Evaluation evaluation,
            String code,
            String scoring,
            BigDecimal target,
            BigDecimal weight,
            SignedInUser user) {
        requireModel(evaluation);
        if (measures(evaluation).stream().noneMatch(m -> m.code().equals(code))) {
            return Optional.of("evaluation.model.measure.unknown");
        }
        if ("target-per-million".equals(scoring) && (target == null || evaluation.estimatedValue() == null)) {
            return Optional.of("evaluation.model.measure.target");
        }
        if ("monetised-over-best".equals(scoring)) {
            return Optional.of("evaluation.model.measure.monetisedRetired");
        }
        repository.addMeasure(evaluation, code, scoring, "target-per-million".equals(scoring) ? target : null, weight);
        audit.record(
                evaluation,
                user,
                "model.measure.added",
                code + " scored " + scoring + " (weight "
                        + weight.stripTrailingZeros().toPlainString() + ")");
        return Optional.empty();
    }

    @Transactional
    public void removeMeasure(Evaluation evaluation, long measureId, SignedInUser user) {
        requireModel(evaluation);
        if (repository.removeMeasure(evaluation, measureId)) {
            audit.record(evaluation, user, "model.measure.removed", "measure criterion " + measureId);
        }
    }

    private void requireModel(Evaluation evaluation) {
        requireEditable(evaluation);
        if (repository.find(evaluation).isEmpty()) {
            throw Refused.conflict("evaluation.refused.noModel");
        }
    }

    private void requireEditable(Evaluation evaluation) {
        if (!editable(evaluation)) {
            throw Refused.conflict("evaluation.refused.modelFixed");
        }
    }

    private static MeasureCriterion named(MeasureCriterion m, Measure measure) {
        return new MeasureCriterion(
                m.id(),
                m.measureCode(),
                measure == null ? m.measureCode() : measure.name(),
                measure == null ? "" : measure.unit().label(),
                m.scoring(),
                m.target(),
                m.weight());
    }
}
