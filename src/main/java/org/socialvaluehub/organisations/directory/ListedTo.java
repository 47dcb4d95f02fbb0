package org.socialvaluehub.organisations.directory;

import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;

/**
 * Who may see a supplier's listing: nobody before it is listed; everyone for a public listing; for a
 * partners-only listing, the partnership's signed-in members (coordinators, buyers and evaluators).
 */
final class ListedTo {

    private ListedTo() {}

    static boolean partner(SignedInUser user) {
        return user != null
                && (user.coordinator() || user.hasRoleAnywhere(Role.BUYER) || user.hasRoleAnywhere(Role.EVALUATOR));
    }
}
