package org.socialvaluehub.evaluation.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.BidCommitment;
import org.socialvaluehub.evaluation.model.MeasureCriterion;
import org.socialvaluehub.measures.core.ValueRange;

/**
 * One commitment as results show it: the output ("12 people") beside its money estimate, low, central and
 * high after additionality (null when the measure is counted, not priced).
 */
public record CommitmentLine(
        String measureCode,
        String name,
        String unit,
        BigDecimal quantity,
        java.time.LocalDate deliveryDate,
        String locality,
        ValueRange value) {

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
                    valuations
                            .of(evaluated.evaluation(), c.measureCode(), c.quantity())
                            .orElse(null)));
        }
        return lines;
    }

    /** The sum of the priced lines' estimates, or null when none is priced. */
    public static ValueRange total(List<CommitmentLine> lines) {
        List<ValueRange> priced =
                lines.stream().map(CommitmentLine::value).filter(v -> v != null).toList();
        if (priced.isEmpty()) {
            return null;
        }
        return new ValueRange(
                priced.stream().map(ValueRange::low).reduce(BigDecimal.ZERO, BigDecimal::add),
                priced.stream().map(ValueRange::central).reduce(BigDecimal.ZERO, BigDecimal::add),
                priced.stream().map(ValueRange::high).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
