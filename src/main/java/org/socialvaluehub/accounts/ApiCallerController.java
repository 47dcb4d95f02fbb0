package org.socialvaluehub.accounts;

import java.time.Instant;
import java.util.Map;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.ApiCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Lets a partner check its token: which organisation it speaks for, whether it may write, and when it expires. */
@RestController
class ApiCallerController {

    private final Organisations organisations;
    private final ApiTokens tokens;

    ApiCallerController(Organisations organisations, ApiTokens tokens) {
        this.organisations = organisations;
        this.tokens = tokens;
    }

    @GetMapping("/api/v1/token")
    Map<String, Object> token() {
        ApiCaller caller = ApiCaller.current()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.UNAUTHORIZED, "Send a partner API token: Authorization: Bearer svh_…"));
        // Revoked between the check and this read: answered as any revoked token is.
        ApiToken token = tokens.find(caller.organisationId(), caller.tokenId())
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "This token has been revoked."));
        Instant expires = token.expiresAt();
        return Map.of(
                "organisation",
                Map.of(
                        "id",
                        caller.organisationId(),
                        "name",
                        organisations
                                .find(caller.organisationId())
                                .map(o -> o.name())
                                .orElse("")),
                "name",
                token.name(),
                "access",
                caller.mayWrite() ? "read-write" : "read",
                "expiresAt",
                expires.toString());
    }
}
