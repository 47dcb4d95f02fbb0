package org.socialvaluehub.evaluation.core;

import static org.socialvaluehub.evaluation.core.InvalidDecisionMatrixException.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * VIKOR, the compromise ranking of Opricovic and Tzeng (2004), "Compromise solution by MCDM methods: A
 * comparative analysis of VIKOR and TOPSIS", European Journal of Operational Research 156(2), 445–455.
 * It takes the raw values with their directions; lower Q is better.
 */
public final class Vikor {

    public static final double DEFAULT_V = 0.5;

    private Vikor() {}

    /** @param v the weight of the strategy of "the majority of criteria" (group utility S) against regret R */
    public static VikorResult evaluate(DecisionMatrix matrix, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new InvalidDecisionMatrixException("vikorV must be between 0 and 1 (it is " + number(v) + ")");
        }
        int n = matrix.alternativeCount();
        double[] s = new double[n];
        double[] r = new double[n];
        for (int j = 0; j < matrix.criterionCount(); j++) {
            Column column = matrix.column(j);
            boolean benefit = column.direction() == Direction.BENEFIT;
            double best = benefit ? column.max() : column.min();
            double worst = benefit ? column.min() : column.max();
            for (int i = 0; i < n; i++) {
                // wⱼ (f*ⱼ − fᵢⱼ) ÷ (f*ⱼ − f⁻ⱼ); a criterion on which every bid is equal gives no regret.
                double regret = best == worst ? 0 : matrix.weight(j) * (best - column.value(i)) / (best - worst);
                s[i] += regret;
                r[i] = Math.max(r[i], regret);
            }
        }
        double[] q = compromiseIndex(s, r, v);
        int[] ranks = Ranks.lowestFirst(q);
        List<VikorResult.Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new VikorResult.Row(matrix.alternativeId(i), s[i], r[i], q[i], ranks[i]));
        }
        rows.sort(Comparator.comparingDouble(VikorResult.Row::q));
        return conditions(v, rows, Ranks.lowestFirst(s), Ranks.lowestFirst(r), matrix.alternativeIds());
    }

    /** Qᵢ = v (Sᵢ − S*) ÷ (S⁻ − S*) + (1 − v)(Rᵢ − R*) ÷ (R⁻ − R*); a term whose spread is zero counts 0. */
    private static double[] compromiseIndex(double[] s, double[] r, double v) {
        double sBest = Column.min(s);
        double sSpread = Column.max(s) - sBest;
        double rBest = Column.min(r);
        double rSpread = Column.max(r) - rBest;
        double[] q = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            double utility = sSpread == 0 ? 0 : (s[i] - sBest) / sSpread;
            double regret = rSpread == 0 ? 0 : (r[i] - rBest) / rSpread;
            q[i] = v * utility + (1 - v) * regret;
        }
        return q;
    }

    private static VikorResult conditions(
            double v, List<VikorResult.Row> byQ, int[] sRanks, int[] rRanks, List<String> ids) {
        VikorResult.Row first = byQ.get(0);
        if (byQ.size() == 1) {
            return new VikorResult(v, byQ, true, true, List.of(first.id()));
        }
        double dq = 1.0 / (byQ.size() - 1);
        boolean advantage = byQ.get(1).q() - first.q() >= dq - Ranks.EPSILON;
        int firstIndex = ids.indexOf(first.id());
        boolean stability = sRanks[firstIndex] == 1 || rRanks[firstIndex] == 1;
        List<String> compromise = new ArrayList<>();
        if (!advantage) {
            byQ.stream()
                    .filter(row -> row.q() - first.q() < dq - Ranks.EPSILON)
                    .forEach(row -> compromise.add(row.id()));
        } else if (!stability) {
            compromise.add(first.id());
            compromise.add(byQ.get(1).id());
        } else {
            compromise.add(first.id());
        }
        return new VikorResult(v, byQ, advantage, stability, compromise);
    }
}
