package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Reloads the signed-in person's roles into their session after they change. */
@Component
class SignedInSession {

    private final AccountUserDetailsService users;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInSession(AccountUserDetailsService users) {
        this.users = users;
    }

    void refresh(String email, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = users.loadUserByUsername(email);
        principal.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
