package org.socialvaluehub.shared;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The person behind a request: who they are, their partnership-team roles, and the roles they hold per organisation.
 */
public record SignedInUser(
        long id,
        String email,
        String displayName,
        Set<CoordinatorRole> coordinatorRoles,
        Map<Long, Set<Role>> rolesByOrganisation)
        implements Serializable {

    public SignedInUser {
        // null in a session stored before coordinator roles existed: that person signs in again to regain them.
        coordinatorRoles = coordinatorRoles == null || coordinatorRoles.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(coordinatorRoles));
        rolesByOrganisation = Map.copyOf(rolesByOrganisation);
    }

    /** A person who is either a full coordinator (every partnership-team role) or not one at all. */
    public SignedInUser(
            long id, String email, String displayName, boolean coordinator, Map<Long, Set<Role>> rolesByOrganisation) {
        this(
                id,
                email,
                displayName,
                coordinator ? EnumSet.allOf(CoordinatorRole.class) : Set.of(),
                rolesByOrganisation);
    }

    /** On the partnership team, in any of its roles. */
    public boolean coordinator() {
        return !coordinatorRoles.isEmpty();
    }

    public boolean coordinates(CoordinatorRole role) {
        return coordinatorRoles.contains(role);
    }

    public boolean hasRole(long organisationId, Role role) {
        return rolesByOrganisation.getOrDefault(organisationId, Set.of()).contains(role);
    }

    public boolean belongsTo(long organisationId) {
        return rolesByOrganisation.containsKey(organisationId);
    }

    public boolean hasRoleAnywhere(Role role) {
        return rolesByOrganisation.values().stream().anyMatch(roles -> roles.contains(role));
    }

    public Set<Long> organisationIds() {
        return rolesByOrganisation.keySet();
    }

    /** The organisations in which the person holds the role, in a stable order. */
    public SortedSet<Long> organisationsWhere(Role role) {
        SortedSet<Long> found = new TreeSet<>();
        rolesByOrganisation.forEach((organisation, roles) -> {
            if (roles.contains(role)) {
                found.add(organisation);
            }
        });
        return found;
    }
}
