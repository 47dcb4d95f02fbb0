package org.socialvaluehub.evaluation.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.BidCommitment;
import org.socialvaluehub.evaluation.model.MeasureCriterion;
import org.socialvaluehub.measures.core.DeliveredValue;
import org.socialvaluehub.measures.core.ValueTotals;

/**
 * One commitment as results show it: the output ("12 people") beside its money estimate of one value type,
 * low, central and high after additionality, in a stated price year; or "counted, not priced"; or why it
 * cannot be valued.
 */
public record CommitmentLine(
        String measureCode,
        String name,
        String unit,
        BigDecimal quantity,
        LocalDate deliveryDate,
        String locality,
        DeliveredValue value) {

    public static List<CommitmentLine> of(Evaluated evaluated, Bid bid, Valuations valuations) {
        List<CommitmentLine> lines = new ArrayList<>();
        for (BidCommitment c : bid.commitments()) {
            MeasureCriterion measure = evaluated.model().measures().stream()
                    .filter(m -> m.measureCode().equals(c.measureCode()))
                    .findFirst()
                    .orElse(null);
            lines.add(new CommitmentLine(
                    c.measureCode(),
                    measure == null ? c.measureCode() : measure.name(),
                    measure == null ? "" : measure.unit(),
                    c.quantity(),
                    c.deliveryDate(),
                    c.locality(),
                    valuations.delivered(evaluated.evaluation(), c.measureCode(), c.quantity(), c.deliveryDate())));
        }
        return lines;
    }

    /** Totals of the priced lines, one for each value type and price year: types are never added together. */
    public static ValueTotals totals(List<CommitmentLine> lines) {
        return ValueTotals.of(lines.stream().map(CommitmentLine::value).toList());
    }
}
