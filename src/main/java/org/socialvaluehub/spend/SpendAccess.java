package org.socialvaluehub.spend;

import java.util.List;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose spend a person may see and import: only their own buyer organisations, coordinators included (spend per
 * buyer stays with the buyer); the partnership aggregate is for every partner and the coordinators of reporting.
 */
@Component
public class SpendAccess {

    private final Organisations organisations;

    SpendAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    public List<Organisation> buyersFor(SignedInUser user) {
        if (user == null) {
            throw new AccessDeniedException("Not signed in");
        }
        return organisations.findAll(user.organisationIds()).stream()
                .filter(o -> o.kind() == OrganisationKind.BUYER)
                .filter(o -> user.hasRole(o.id(), Role.BUYER) || user.hasRole(o.id(), Role.ORG_ADMIN))
                .toList();
    }

    /** The buyer asked for, or the person's first; 403 when they may not see it or have none. */
    public Organisation chooseBuyer(SignedInUser user, Long requested) {
        List<Organisation> buyers = buyersFor(user);
        if (requested == null) {
            if (buyers.isEmpty()) {
                throw new AccessDeniedException("No buyer organisation");
            }
            return buyers.get(0);
        }
        requireBuyer(user, requested);
        return organisations
                .find(requested)
                .filter(o -> o.kind() == OrganisationKind.BUYER)
                .orElseThrow(() -> new AccessDeniedException("Not a buyer"));
    }

    public void requireBuyer(SignedInUser user, long buyerId) {
        Access.requireMember(user, buyerId, Role.BUYER, Role.ORG_ADMIN);
    }

    public List<Organisation> allBuyers() {
        return organisations.buyers();
    }

    /** Partners (any buyer) and the coordinators of partnership reporting see the partnership's aggregate. */
    public void requirePartner(SignedInUser user) {
        if (buyersFor(user).isEmpty() && !user.coordinates(CoordinatorRole.REPORTING)) {
            throw new AccessDeniedException("Partners only");
        }
    }
}
