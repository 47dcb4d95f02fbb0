package org.socialvaluehub.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.shared.ApiCaller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request to {@code /api/**} that carries {@code Authorization: Bearer svh_…} as the token's organisation
 * for that request only (no session), refuses an unknown, revoked or expired token with 401, a write with a
 * read-only token with 403, and more than the token's allowance per minute with 429 and {@code Retry-After}.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final List<String> READS = List.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final RateLimits limits;
    private final RateLimit perToken;

    ApiTokenFilter(ApiTokens tokens, RateLimits limits, int requestsPerMinute) {
        this.tokens = tokens;
        this.limits = limits;
        this.perToken = new RateLimit("api-token", requestsPerMinute, Duration.ofMinutes(1));
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && request.getRequestURI()
                        .substring(request.getContextPath().length())
                        .startsWith("/api/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesToken(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<ApiCaller> caller = tokens.authenticate(token, request.getMethod(), path);
        if (caller.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problem(response, 401, "This token is not known, has been revoked or has expired.");
            return;
        }
        if (!caller.get().mayWrite() && !READS.contains(request.getMethod())) {
            problem(response, 403, "This token may only read. Ask your organisation's admin for a token that writes.");
            return;
        }
        Optional<Duration> wait =
                limits.tryAcquire(perToken, "token-" + caller.get().tokenId());
        if (wait.isPresent()) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(Math.max(1, wait.get().toSeconds())));
            problem(response, 429, "Too many requests with this token. Try again in a minute.");
            return;
        }
        SecurityContextImpl context = new SecurityContextImpl(new TokenAuthentication(caller.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    /** The token's organisation, authenticated for this one request. */
    private static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final ApiCaller caller;

        TokenAuthentication(ApiCaller caller) {
            super(
                    caller.mayWrite()
                            ? List.of(
                                    new SimpleGrantedAuthority("ROLE_API"),
                                    new SimpleGrantedAuthority("ROLE_API_WRITE"))
                            : List.of(new SimpleGrantedAuthority("ROLE_API")));
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }
    }
}
