package org.socialvaluehub.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract was awarded: the winning supplier and the social value commitments of its bid, for the
 * commitments capability to turn into contract KPIs.
 */
public record ContractAwarded(long opportunityId, long buyerId, long supplierId, List<Commitment> commitments) {

    public ContractAwarded {
        commitments = List.copyOf(commitments);
    }

    /** One commitment of the winning bid: a quantity of a framework measure, when and where it is delivered. */
    public record Commitment(String measureCode, BigDecimal quantity, LocalDate deliveryDate, String locality) {
    }
}
