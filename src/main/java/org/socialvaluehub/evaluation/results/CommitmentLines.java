package org.socialvaluehub.evaluation.results;

import java.util.List;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.measures.core.ValueTotals;

/** A bid's commitments as results show them, with totals that keep each value type and price year apart. */
public record CommitmentLines(List<CommitmentLine> lines, ValueTotals totals) {

    public static CommitmentLines of(Evaluated evaluated, Bid bid, Valuations valuations) {
        List<CommitmentLine> lines = CommitmentLine.of(evaluated, bid, valuations);
        return new CommitmentLines(lines, CommitmentLine.totals(lines));
    }
}
