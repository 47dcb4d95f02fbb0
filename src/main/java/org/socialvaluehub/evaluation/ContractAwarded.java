package org.socialvaluehub.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract was awarded: the winning supplier and the social value commitments of its bid, for the
 * commitments capability to turn into contract KPIs. An opportunity with lots announces one award per lot
 * ({@code lot} is its number); {@code lot} is 0 for an opportunity without lots.
 */
public record ContractAwarded(
        long opportunityId, long buyerId, long supplierId, List<Commitment> commitments, int lot) {

    public ContractAwarded {
        commitments = List.copyOf(commitments);
    }

    /** The award of an opportunity without lots. */
    public ContractAwarded(long opportunityId, long buyerId, long supplierId, List<Commitment> commitments) {
        this(opportunityId, buyerId, supplierId, commitments, 0);
    }

    public boolean forLot() {
        return lot > 0;
    }

    /** One commitment of the winning bid: a quantity of a framework measure, when and where it is delivered. */
    public record Commitment(String measureCode, BigDecimal quantity, LocalDate deliveryDate, String locality) {}
}
