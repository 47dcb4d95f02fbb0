package org.socialvaluehub.evaluation.core;

import java.util.List;

/** The weighted-sum ranking, best first, each bid's total broken down by criterion. */
public record WeightedSumResult(List<Row> rows) {

    public WeightedSumResult {
        rows = List.copyOf(rows);
    }

    /** One bid: its total in 0–1 (the sum of its contributions) and its rank, 1 being best. */
    public record Row(String id, double score, int rank, List<Contribution> contributions) {

        public Row {
            contributions = List.copyOf(contributions);
        }
    }

    /** The ids ranked first, more than one when the best bids tie. */
    public List<String> winners() {
        return rows.stream().filter(row -> row.rank() == 1).map(Row::id).toList();
    }
}
