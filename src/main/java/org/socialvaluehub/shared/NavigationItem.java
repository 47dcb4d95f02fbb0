package org.socialvaluehub.shared;

/**
 * One link in the service navigation, declared as a bean by the module that owns the page, and
 * shown only to the audience it is for.
 */
public record NavigationItem(String messageKey, String path, Audience audience, int order) {

    /** Who sees a navigation link. */
    public enum Audience {
        EVERYONE,
        SIGNED_IN,
        SUPPLIER,
        BUYER,
        /** Buyers and the coordinators of partnership reporting. */
        PARTNERS,
        /** Anyone on the partnership team. */
        COORDINATOR,
        COORDINATOR_DIRECTORY,
        COORDINATOR_REPORTING,
        COORDINATOR_PLATFORM
    }

    public boolean visibleTo(SignedInUser user) {
        if (user == null) {
            return audience == Audience.EVERYONE;
        }
        return switch (audience) {
            case EVERYONE, SIGNED_IN -> true;
            case SUPPLIER -> user.coordinator() || user.hasRoleAnywhere(Role.SUPPLIER);
            case BUYER -> user.hasRoleAnywhere(Role.BUYER);
            case PARTNERS -> user.coordinates(CoordinatorRole.REPORTING) || user.hasRoleAnywhere(Role.BUYER);
            case COORDINATOR -> user.coordinator();
            case COORDINATOR_DIRECTORY -> user.coordinates(CoordinatorRole.DIRECTORY);
            case COORDINATOR_REPORTING -> user.coordinates(CoordinatorRole.REPORTING);
            case COORDINATOR_PLATFORM -> user.coordinates(CoordinatorRole.PLATFORM);
        };
    }
}
