package org.socialvaluehub.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An organisation calling the JSON API with one of its partner tokens: which organisation, which token, and whether
 * the token may change data or only read it. A token is not a person, so it never reaches the pages.
 */
public record ApiCaller(long organisationId, long tokenId, boolean mayWrite) {

    /** The token behind the current request, if the request came with one. */
    public static Optional<ApiCaller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApiCaller caller
                ? Optional.of(caller)
                : Optional.empty();
    }
}
