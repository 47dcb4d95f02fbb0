package org.socialvaluehub.shared;

import org.springframework.security.access.AccessDeniedException;

/** The checks a page makes before it shows or changes an organisation's data; failures answer 403. */
public final class Access {

    private Access() {
    }

    /** Passes for a coordinator, or for someone holding one of the roles in that organisation. */
    public static void requireRole(SignedInUser user, long organisationId, Role... roles) {
        if (user == null) {
            throw new AccessDeniedException("Not signed in");
        }
        if (user.coordinator()) {
            return;
        }
        for (Role role : roles) {
            if (user.hasRole(organisationId, role)) {
                return;
            }
        }
        throw new AccessDeniedException("No access to organisation " + organisationId);
    }

    public static void requireCoordinator(SignedInUser user) {
        if (user == null || !user.coordinator()) {
            throw new AccessDeniedException("Coordinators only");
        }
    }
}
