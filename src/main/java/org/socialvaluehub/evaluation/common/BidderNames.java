package org.socialvaluehub.evaluation.common;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.springframework.stereotype.Component;

/** The names of bidding organisations, by id, from the directory. */
@Component
public class BidderNames {

    private final Organisations organisations;

    BidderNames(Organisations organisations) {
        this.organisations = organisations;
    }

    public Map<Long, String> of(Collection<Long> organisationIds) {
        return organisations.findAll(organisationIds).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }
}
