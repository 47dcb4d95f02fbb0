package org.socialvaluehub.shared;

/**
 * One link in the service navigation, declared as a bean by the module that owns the page, and shown only to the
 * audience it is for: in the navigation bar when its group is {@link Group#TOP}, else on the person's home page under
 * its group, so the bar stays short enough to scan.
 */
public record NavigationItem(String messageKey, String path, Audience audience, int order, Group group) {

    /** A link in the navigation bar. */
    public NavigationItem(String messageKey, String path, Audience audience, int order) {
        this(messageKey, path, audience, order, Group.TOP);
    }

    /** Who sees a navigation link. */
    public enum Audience {
        EVERYONE,
        /** Only someone not signed in (whose home is the start page). */
        SIGNED_OUT,
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

    /** Where a link is shown: the navigation bar, or a group of the home page's "more for you" list. */
    public enum Group {
        TOP,
        TAKE_PART,
        SPEND,
        TEAM_DIRECTORY,
        TEAM_REPORTING,
        TEAM_PLATFORM
    }

    public boolean topLevel() {
        return group == Group.TOP;
    }

    public boolean visibleTo(SignedInUser user) {
        if (user == null) {
            return audience == Audience.EVERYONE || audience == Audience.SIGNED_OUT;
        }
        return switch (audience) {
            case EVERYONE, SIGNED_IN -> true;
            case SIGNED_OUT -> false;
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
