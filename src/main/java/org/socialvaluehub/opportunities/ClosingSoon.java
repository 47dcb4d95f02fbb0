package org.socialvaluehub.opportunities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.organisations.OrganisationFacts;
import org.springframework.stereotype.Component;

/**
 * The listing's search for a supplier's open opportunities closing within two weeks in its CPV divisions: the
 * home page shows how many the listing finds and links to that very search.
 */
@Component
class ClosingSoon {

    static final int DAYS = 14;

    private final OrganisationFacts facts;
    private final Clock clock;

    ClosingSoon(OrganisationFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /** The search, or none when the supplier has chosen no categories yet. */
    Optional<ListingQuery> forSupplier(long supplierId) {
        String divisions = facts.cpvCodes(supplierId).stream()
                .map(CpvCatalogue.Entry::digits)
                .map(digits -> digits.substring(0, 2))
                .distinct()
                .sorted()
                .collect(Collectors.joining(","));
        if (divisions.isEmpty()) {
            return Optional.empty();
        }
        ListingQuery query = new ListingQuery();
        query.setCategory(divisions);
        query.setStatus(OpportunityStatus.OPEN);
        query.setDeadlineBefore(LocalDate.now(clock.withZone(DraftChecks.UK)).plusDays(DAYS));
        return Optional.of(query);
    }
}
