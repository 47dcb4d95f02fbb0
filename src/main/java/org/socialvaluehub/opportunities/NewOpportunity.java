package org.socialvaluehub.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The essentials of a new opportunity, saved as a draft of its buyer; lots are given by title, in order. */
public record NewOpportunity(
        long buyerId,
        String title,
        String description,
        OpportunityKind kind,
        List<String> cpvCodes,
        BigDecimal estimatedValue,
        Instant questionsClose,
        Instant deadline,
        List<String> lotTitles) {

    public NewOpportunity {
        cpvCodes = List.copyOf(cpvCodes);
        lotTitles = List.copyOf(lotTitles);
    }
}
