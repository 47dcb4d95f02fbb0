package org.socialvaluehub.accounts;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks e-mail and password, refusing while the address is throttled and counting failures. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Raised while an address must wait after too many failures. */
    static class ThrottledException extends AuthenticationException {

        private final transient Duration wait;

        ThrottledException(Duration wait) {
            super("Too many failed sign-ins; wait and try again");
            this.wait = wait;
        }

        Duration waitFor() {
            return wait;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // Status is checked only after the password, so an unconfirmed address says nothing to a guesser.
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(user -> {
            if (user instanceof AccountPrincipal principal && !principal.emailConfirmed()) {
                throw new DisabledException("E-mail address not confirmed");
            }
        });
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "";
        var wait = throttle.waitFor(email, client);
        if (wait.isPresent()) {
            throw new ThrottledException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.clear(email);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(email, client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
