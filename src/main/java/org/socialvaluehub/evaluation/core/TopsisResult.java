package org.socialvaluehub.evaluation.core;

import java.util.List;

/** The TOPSIS ranking, best first. */
public record TopsisResult(TopsisNormalisation normalisation, List<Row> rows) {

    public TopsisResult {
        rows = List.copyOf(rows);
    }

    /**
     * One bid: its distances to the ideal and anti-ideal bids and its closeness D⁻ ÷ (D⁺ + D⁻), where 1
     * means it is the ideal.
     */
    public record Row(String id, double closeness, double distanceToIdeal, double distanceToAntiIdeal, int rank) {}

    public List<String> winners() {
        return rows.stream().filter(row -> row.rank() == 1).map(Row::id).toList();
    }
}
