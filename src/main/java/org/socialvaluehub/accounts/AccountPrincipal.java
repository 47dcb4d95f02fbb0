package org.socialvaluehub.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.SignedInUser;
import org.socialvaluehub.shared.SignedInUserHolder;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds them; pages read {@link #user()}. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, SignedInUserHolder {

    private final SignedInUser user;
    private final boolean emailConfirmed;
    private String passwordHash;

    AccountPrincipal(SignedInUser user, String passwordHash, boolean emailConfirmed) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.emailConfirmed = emailConfirmed;
    }

    @Override
    public SignedInUser user() {
        return user;
    }

    boolean emailConfirmed() {
        return emailConfirmed;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (user.coordinator()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
        }
        user.coordinatorRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority(authority(role))));
        user.rolesByOrganisation().values().stream()
                .flatMap(Collection::stream)
                .distinct()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return authorities;
    }

    /** The Spring Security role of one coordinator role, as {@link CoordinatorPaths} asks for it. */
    static String authority(CoordinatorRole role) {
        return "ROLE_COORDINATOR_" + role.name();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
