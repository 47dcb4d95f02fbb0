package org.socialvaluehub.opportunities;

import java.util.List;
import java.util.Optional;
import org.socialvaluehub.opportunities.core.SearchCriteria;
import org.springframework.stereotype.Service;

/**
 * Finds published opportunities for the public listing, the feeds and the API. The same
 * {@link SearchCriteria} rule decides what a saved search matches, so the two never disagree.
 */
@Service
class OpportunityFinder {

    private final OpportunityDetailsRepository details;

    OpportunityFinder(OpportunityDetailsRepository details) {
        this.details = details;
    }

    /** One page (from 1) of the published opportunities matching the criteria, in a given status if not null. */
    public Results search(SearchCriteria criteria, OpportunityStatus status, int page, int size) {
        org.socialvaluehub.shared.PageNumbers.checked(page);
        List<OpportunityDetails> all = details.published().stream()
                .filter(o -> status == null || o.status() == status)
                .filter(o -> criteria.matches(o.listing()))
                .toList();
        int from = Math.min(all.size(), Math.max(0, (page - 1) * size));
        return new Results(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, size);
    }

    /** A published opportunity; drafts are not found. */
    public Optional<OpportunityDetails> published(long id) {
        return details.find(id).filter(o -> o.status().isPublic());
    }

    /** A page of results, the number matching in all and the page asked for. */
    public record Results(List<OpportunityDetails> items, int total, int page, int size) {

        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }
}
