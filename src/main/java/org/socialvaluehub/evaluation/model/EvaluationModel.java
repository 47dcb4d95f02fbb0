package org.socialvaluehub.evaluation.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * How an opportunity's bids will be scored: the weights of price, quality and social value in percent,
 * the rubric for qualitative answers, the questions and the social value measures with their methods, and the
 * estimated contract value the target-per-£1m formulas read (fixed when the opportunity opens), and why social value
 * is weighted below PPN 002's 10% when it is.
 */
@NamedInterface("model")
public record EvaluationModel(
        long opportunityId,
        BigDecimal priceWeight,
        BigDecimal qualityWeight,
        BigDecimal socialWeight,
        List<RubricLevel> rubric,
        List<Question> questions,
        List<MeasureCriterion> measures,
        BigDecimal estimatedValue,
        String socialJustification) {

    /** PPN 002 (which superseded PPN 06/20) asks for social value to carry at least 10% of the total score. */
    public static final BigDecimal GOVERNMENT_MINIMUM = BigDecimal.TEN;

    public EvaluationModel {
        rubric = List.copyOf(rubric);
        questions = List.copyOf(questions);
        measures = List.copyOf(measures);
    }

    public List<Question> questions(Question.Section section) {
        return questions.stream().filter(q -> q.section() == section).toList();
    }

    /** The question with this id; every question of a bid's answers is in its model. */
    public Question question(long id) {
        return questions.stream().filter(q -> q.id() == id).findFirst().orElseThrow();
    }

    /**
     * The parts (quality, social value) weighted above zero with no question or measure to carry the weight.
     * Scored as they stand, such a part would drop out and the others be scaled up, so the weights applied would
     * not be the weights published (Procurement Act 2023, s. 23(3)(b)); an opportunity cannot open with one.
     */
    public List<Question.Section> emptyWeightedParts() {
        List<Question.Section> empty = new ArrayList<>();
        if (qualityWeight.signum() > 0 && questions(Question.Section.QUALITY).isEmpty()) {
            empty.add(Question.Section.QUALITY);
        }
        if (socialWeight.signum() > 0 && questions(Question.Section.SOCIAL).isEmpty() && measures.isEmpty()) {
            empty.add(Question.Section.SOCIAL);
        }
        return empty;
    }

    public boolean belowGovernmentMinimum() {
        return socialWeight.compareTo(GOVERNMENT_MINIMUM) < 0;
    }

    /** Every criterion with its share of the total: each group's weight split among its items by their weights. */
    public List<WeightedCriterion> criteria() {
        List<WeightedCriterion> criteria = new ArrayList<>();
        criteria.add(new WeightedCriterion(
                "price", "price", "price", priceWeight.doubleValue(), "lowest-over-value", null, null));
        List<Question> quality = questions(Question.Section.QUALITY);
        double qualitySum =
                quality.stream().mapToDouble(q -> q.weight().doubleValue()).sum();
        for (Question q : quality) {
            criteria.add(new WeightedCriterion(
                    q.criterionId(),
                    q.title(),
                    "quality",
                    qualityWeight.doubleValue() * q.weight().doubleValue() / qualitySum,
                    "scale",
                    null,
                    null));
        }
        List<Question> social = questions(Question.Section.SOCIAL);
        double socialSum = social.stream()
                        .mapToDouble(q -> q.weight().doubleValue())
                        .sum()
                + measures.stream().mapToDouble(m -> m.weight().doubleValue()).sum();
        for (Question q : social) {
            criteria.add(new WeightedCriterion(
                    q.criterionId(),
                    q.title(),
                    "social",
                    socialWeight.doubleValue() * q.weight().doubleValue() / socialSum,
                    "scale",
                    null,
                    null));
        }
        for (MeasureCriterion m : measures) {
            criteria.add(new WeightedCriterion(
                    m.criterionId(),
                    m.name(),
                    "social",
                    socialWeight.doubleValue() * m.weight().doubleValue() / socialSum,
                    m.scoring(),
                    m.target(),
                    m.unit()));
        }
        return criteria;
    }
}
