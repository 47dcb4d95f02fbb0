package org.socialvaluehub.evaluation.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TOPSIS (Hwang and Yoon 1981, Multiple Attribute Decision Making, Springer): ranks bids by their relative
 * closeness to an ideal bid (the best weighted value on every criterion) and away from the anti-ideal.
 * It takes the raw values, so a criterion's scoring method plays no part; its direction does.
 */
public final class Topsis {

    private Topsis() {}

    public static TopsisResult evaluate(DecisionMatrix matrix, TopsisNormalisation normalisation) {
        int n = matrix.alternativeCount();
        int m = matrix.criterionCount();
        double[] weighted = new double[n * m];
        double[] ideal = new double[m];
        double[] antiIdeal = new double[m];
        double[] normalised = new double[n];
        for (int j = 0; j < m; j++) {
            Column column = matrix.column(j);
            normalise(column, normalisation, normalised);
            // Min–max already turns costs round, so its ideal is the largest value on every criterion.
            boolean higherIsBetter =
                    normalisation == TopsisNormalisation.MIN_MAX || column.direction() == Direction.BENEFIT;
            ideal[j] = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            antiIdeal[j] = higherIsBetter ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double value = matrix.weight(j) * normalised[i];
                weighted[i * m + j] = value;
                ideal[j] = higherIsBetter ? Math.max(ideal[j], value) : Math.min(ideal[j], value);
                antiIdeal[j] = higherIsBetter ? Math.min(antiIdeal[j], value) : Math.max(antiIdeal[j], value);
            }
        }
        double[] closeness = new double[n];
        double[] toIdeal = new double[n];
        double[] toAntiIdeal = new double[n];
        for (int i = 0; i < n; i++) {
            toIdeal[i] = distance(weighted, i * m, ideal);
            toAntiIdeal[i] = distance(weighted, i * m, antiIdeal);
            double spread = toIdeal[i] + toAntiIdeal[i];
            // Both distances are zero only when every bid is identical on every weighted criterion:
            // each then is the ideal, and all tie at 1.
            closeness[i] = spread == 0 ? 1 : toAntiIdeal[i] / spread;
        }
        int[] ranks = Ranks.highestFirst(closeness);
        List<TopsisResult.Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new TopsisResult.Row(matrix.alternativeId(i), closeness[i], toIdeal[i], toAntiIdeal[i], ranks[i]));
        }
        rows.sort(Comparator.comparingInt(TopsisResult.Row::rank));
        return new TopsisResult(normalisation, rows);
    }

    private static void normalise(Column column, TopsisNormalisation normalisation, double[] normalised) {
        if (normalisation == TopsisNormalisation.MIN_MAX) {
            new MinMaxScoring().score(column, normalised);
            return;
        }
        double norm = column.norm();
        for (int i = 0; i < column.size(); i++) {
            normalised[i] = norm == 0 ? 0 : column.value(i) / norm;
        }
    }

    private static double distance(double[] weighted, int row, double[] point) {
        double squares = 0;
        for (int j = 0; j < point.length; j++) {
            double difference = weighted[row + j] - point[j];
            squares += difference * difference;
        }
        return Math.sqrt(squares);
    }
}
