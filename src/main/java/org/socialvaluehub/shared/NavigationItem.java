package org.socialvaluehub.shared;

/**
 * One link in the service navigation, declared as a bean by the module that owns the page, and
 * shown only to the audience it is for.
 */
public record NavigationItem(String messageKey, String path, Audience audience, int order) {

    /** Who sees a navigation link. */
    public enum Audience { EVERYONE, SIGNED_IN, SUPPLIER, BUYER, COORDINATOR }

    public boolean visibleTo(SignedInUser user) {
        return switch (audience) {
            case EVERYONE -> true;
            case SIGNED_IN -> user != null;
            case SUPPLIER -> user != null && (user.coordinator() || user.hasRoleAnywhere(Role.SUPPLIER));
            case BUYER -> user != null && (user.coordinator() || user.hasRoleAnywhere(Role.BUYER));
            case COORDINATOR -> user != null && user.coordinator();
        };
    }
}
