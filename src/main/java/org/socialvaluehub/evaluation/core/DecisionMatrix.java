package org.socialvaluehub.evaluation.core;

import static org.socialvaluehub.evaluation.core.InvalidDecisionMatrixException.number;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The alternatives (bids) against the criteria, with every value present and finite and the weights
 * normalised to sum to 1; anything else is refused with a message naming the criterion or alternative.
 */
public final class DecisionMatrix {

    private final List<Criterion> criteria;
    private final List<String> alternativeIds;
    /** Row-major: the value of alternative i on criterion j is at {@code i * m + j}. */
    private final double[] values;

    private final double[] weights;

    private DecisionMatrix(List<Criterion> criteria, List<String> alternativeIds, double[] values, double[] weights) {
        this.criteria = criteria;
        this.alternativeIds = alternativeIds;
        this.values = values;
        this.weights = weights;
    }

    public static DecisionMatrix of(List<Criterion> criteria, List<Alternative> alternatives) {
        if (criteria == null || criteria.isEmpty()) {
            throw new InvalidDecisionMatrixException("there are no criteria; give at least one");
        }
        if (alternatives == null || alternatives.isEmpty()) {
            throw new InvalidDecisionMatrixException("there are no alternatives; give at least one");
        }
        List<Criterion> criteriaCopy = List.copyOf(criteria);
        List<String> ids = alternatives.stream().map(Alternative::id).toList();
        refuseDuplicates("criterion", criteriaCopy.stream().map(Criterion::id).toList());
        refuseDuplicates("alternative", ids);
        int m = criteriaCopy.size();
        double[] values = new double[alternatives.size() * m];
        for (int i = 0; i < alternatives.size(); i++) {
            Alternative alternative = alternatives.get(i);
            refuseUnknownCriteria(alternative, criteriaCopy);
            for (int j = 0; j < m; j++) {
                values[i * m + j] = valueOf(alternative, criteriaCopy.get(j));
            }
        }
        return new DecisionMatrix(criteriaCopy, ids, values, normalisedWeights(criteriaCopy));
    }

    private static double valueOf(Alternative alternative, Criterion criterion) {
        Double value = alternative.values().get(criterion.id());
        if (value == null) {
            throw new InvalidDecisionMatrixException(
                    "alternative '" + alternative.id() + "' has no value for criterion '" + criterion.id() + "'");
        }
        if (!Double.isFinite(value)) {
            throw new InvalidDecisionMatrixException("alternative '" + alternative.id() + "': the value for criterion '"
                    + criterion.id() + "' is not a number (" + number(value) + ")");
        }
        return value;
    }

    private static void refuseUnknownCriteria(Alternative alternative, List<Criterion> criteria) {
        Set<String> known = new HashSet<>();
        criteria.forEach(criterion -> known.add(criterion.id()));
        for (String key : alternative.values().keySet()) {
            if (!known.contains(key)) {
                throw new InvalidDecisionMatrixException(
                        "alternative '" + alternative.id() + "' has a value for unknown criterion '" + key + "'");
            }
        }
    }

    private static void refuseDuplicates(String kind, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new InvalidDecisionMatrixException("the " + kind + " id '" + id + "' is used twice");
            }
        }
    }

    private static double[] normalisedWeights(List<Criterion> criteria) {
        double sum = criteria.stream().mapToDouble(Criterion::weight).sum();
        if (sum <= 0) {
            throw new InvalidDecisionMatrixException("all criterion weights are zero; at least one must be positive");
        }
        return criteria.stream()
                .mapToDouble(criterion -> criterion.weight() / sum)
                .toArray();
    }

    public int alternativeCount() {
        return alternativeIds.size();
    }

    public int criterionCount() {
        return criteria.size();
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public Criterion criterion(int j) {
        return criteria.get(j);
    }

    public List<String> alternativeIds() {
        return alternativeIds;
    }

    public String alternativeId(int i) {
        return alternativeIds.get(i);
    }

    public double value(int i, int j) {
        return values[i * criteria.size() + j];
    }

    /** The weights divided by their sum, in criterion order. */
    public double[] weights() {
        return weights.clone();
    }

    public double weight(int j) {
        return weights[j];
    }

    /** The values of criterion j, one per alternative, as a scoring method sees them. */
    public Column column(int j) {
        double[] column = new double[alternativeIds.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = value(i, j);
        }
        return new Column(criteria.get(j), alternativeIds, column);
    }
}
