package org.socialvaluehub.accounts;

import java.util.Set;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a person and their roles for sign-in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final CoordinatorRoleRepository coordinatorRoles;

    AccountUserDetailsService(UserRepository users, CoordinatorRoleRepository coordinatorRoles) {
        this.users = users;
        this.coordinatorRoles = coordinatorRoles;
    }

    @Override
    public AccountPrincipal loadUserByUsername(String email) {
        UserAccount account = users.findByEmail(email == null ? "" : email)
                .filter(UserAccount::enabled)
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        return new AccountPrincipal(signedInUser(account), account.passwordHash(), account.confirmed());
    }

    SignedInUser signedInUser(UserAccount account) {
        return new SignedInUser(
                account.id(),
                account.email(),
                account.displayName(),
                account.coordinator() ? coordinatorRoles.rolesOf(account.id()) : Set.of(),
                users.rolesOf(account.id()));
    }
}
