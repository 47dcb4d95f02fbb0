package org.socialvaluehub.evaluation.core;

import java.util.List;

/**
 * The VIKOR ranking by Q, best (lowest) first, with Opricovic and Tzeng's two conditions for proposing
 * the first-ranked bid as the compromise solution, and the compromise set that follows from them.
 *
 * @param acceptableAdvantage C1: the second bid's Q exceeds the first's by at least DQ = 1 ÷ (J − 1)
 * @param acceptableStability C2: the first bid by Q is also first by S or by R
 * @param compromiseSet the first bid when both hold; the first two when only C2 fails; when C1 fails, every
 *     bid whose Q is within DQ of the first
 */
public record VikorResult(
        double v,
        List<Row> rows,
        boolean acceptableAdvantage,
        boolean acceptableStability,
        List<String> compromiseSet) {

    public VikorResult {
        rows = List.copyOf(rows);
        compromiseSet = List.copyOf(compromiseSet);
    }

    /** One bid: group utility S, individual regret R and the compromise index Q, all lower-is-better. */
    public record Row(String id, double s, double r, double q, int rank) {}

    public List<String> winners() {
        return rows.stream().filter(row -> row.rank() == 1).map(Row::id).toList();
    }
}
