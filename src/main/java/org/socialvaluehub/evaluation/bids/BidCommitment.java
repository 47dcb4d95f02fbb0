package org.socialvaluehub.evaluation.bids;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A social value commitment in a bid: a quantity of a framework measure, by a date, for the people of a locality. */
public record BidCommitment(
        long id, String measureCode, BigDecimal quantity, LocalDate deliveryDate, String locality) {}
