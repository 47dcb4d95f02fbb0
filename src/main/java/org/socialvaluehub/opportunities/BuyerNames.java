package org.socialvaluehub.opportunities;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;

/** The names of the buyers of a list of opportunities, by buyer id. */
final class BuyerNames {

    private BuyerNames() {}

    static Map<Long, String> of(Organisations organisations, Collection<OpportunityDetails> opportunities) {
        return organisations
                .findAll(opportunities.stream()
                        .map(OpportunityDetails::buyerId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
    }
}
