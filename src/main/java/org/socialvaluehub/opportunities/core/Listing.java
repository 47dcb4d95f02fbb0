package org.socialvaluehub.opportunities.core;

import java.time.Instant;
import java.util.List;

/** What a search or an alert looks at in one published opportunity. */
public record Listing(
        String title,
        String description,
        String kind,
        List<String> cpvCodes,
        ValueBand valueBand,
        long buyerId,
        Instant deadline,
        boolean suitableSme,
        boolean suitableVcse,
        String locality) {

    public Listing {
        cpvCodes = List.copyOf(cpvCodes);
    }
}
