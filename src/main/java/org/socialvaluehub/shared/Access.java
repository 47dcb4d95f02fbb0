package org.socialvaluehub.shared;

import org.springframework.security.access.AccessDeniedException;

/** The checks a page makes before it shows or changes an organisation's data; failures answer 403. */
public final class Access {

    private Access() {}

    /**
     * Passes for someone holding one of the roles in that organisation, or for a coordinator of the directory and
     * content, who looks after organisations' profiles, credentials and published content.
     */
    public static void requireRole(SignedInUser user, long organisationId, Role... roles) {
        if (user != null && user.coordinates(CoordinatorRole.DIRECTORY)) {
            return;
        }
        requireMember(user, organisationId, roles);
    }

    /** Passes only for the organisation's own people holding one of the roles: no coordinator passes. */
    public static void requireMember(SignedInUser user, long organisationId, Role... roles) {
        if (user == null) {
            throw new AccessDeniedException("Not signed in");
        }
        for (Role role : roles) {
            if (user.hasRole(organisationId, role)) {
                return;
            }
        }
        throw new AccessDeniedException("No access to organisation " + organisationId);
    }

    /** Passes for anyone on the partnership team, whatever their coordinator roles. */
    public static void requireCoordinator(SignedInUser user) {
        if (user == null || !user.coordinator()) {
            throw new AccessDeniedException("Coordinators only");
        }
    }

    public static void requireCoordinator(SignedInUser user, CoordinatorRole role) {
        if (user == null || !user.coordinates(role)) {
            throw new AccessDeniedException("Coordinators for " + role + " only");
        }
    }
}
