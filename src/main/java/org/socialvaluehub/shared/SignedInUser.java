package org.socialvaluehub.shared;

import java.util.Map;
import java.util.Set;

/** The person behind a request: who they are and the roles they hold per organisation. */
public record SignedInUser(long id, String email, String displayName, boolean coordinator,
                           Map<Long, Set<Role>> rolesByOrganisation) implements java.io.Serializable {

    public SignedInUser {
        rolesByOrganisation = Map.copyOf(rolesByOrganisation);
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
}
