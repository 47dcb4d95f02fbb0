package org.socialvaluehub.evaluation.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds decision matrices for tests: rows of values in criterion order, alternatives named A, B, C… */
final class Matrices {

    private Matrices() {}

    static DecisionMatrix matrix(List<Criterion> criteria, double[]... rows) {
        List<Alternative> alternatives = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int j = 0; j < criteria.size(); j++) {
                values.put(criteria.get(j).id(), rows[i][j]);
            }
            alternatives.add(new Alternative(String.valueOf((char) ('A' + i)), values));
        }
        return DecisionMatrix.of(criteria, alternatives);
    }

    static double[] row(double... values) {
        return values;
    }

    static Criterion benefit(String id, double weight, Scoring scoring) {
        return new Criterion(id, Direction.BENEFIT, weight, scoring);
    }

    static Criterion cost(String id, double weight, Scoring scoring) {
        return new Criterion(id, Direction.COST, weight, scoring);
    }

    /** Scores one column of values with a scoring method, as the weighted sum would. */
    static double[] scored(Scoring scoring, Direction direction, double... values) {
        Criterion criterion = new Criterion("c", direction, 1, scoring);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            ids.add(String.valueOf((char) ('A' + i)));
        }
        double[] scores = new double[values.length];
        scoring.score(new Column(criterion, ids, values), scores);
        return scores;
    }
}
