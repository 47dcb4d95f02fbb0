package org.socialvaluehub.opportunities;

import java.util.List;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who may manage which buyer's pipeline: the buyer's own buyers, and coordinators for every buyer. */
@Component
class BuyerAccess {

    private final Organisations organisations;
    private final Pipeline pipeline;

    BuyerAccess(Organisations organisations, Pipeline pipeline) {
        this.organisations = organisations;
        this.pipeline = pipeline;
    }

    List<Organisation> buyersOf(SignedInUser user) {
        if (user == null) {
            return List.of();
        }
        return organisations.buyers().stream()
                .filter(b -> canManage(user, b.id()))
                .toList();
    }

    static boolean canManage(SignedInUser user, long buyerId) {
        return user != null && (user.coordinates(CoordinatorRole.DIRECTORY) || user.hasRole(buyerId, Role.BUYER));
    }

    /** The opportunity, when the person may manage it: otherwise 404 for a draft they may not see, else 403. */
    OpportunityDetails manageable(long id, SignedInUser user) {
        OpportunityDetails o =
                pipeline.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!canManage(user, o.buyerId()) && o.status() == OpportunityStatus.DRAFT) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Access.requireRole(user, o.buyerId(), Role.BUYER);
        return o;
    }

    String name(long organisationId) {
        return organisations.find(organisationId).map(Organisation::name).orElse("");
    }
}
