package org.socialvaluehub.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.shared.RateLimitedPaths;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies the modules' {@link RateLimitedPaths} per client address, answering 429 when one is used up. */
class RateLimitFilter extends OncePerRequestFilter {

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    private final RateLimits limits;
    private final List<RateLimitedPaths> paths;

    RateLimitFilter(RateLimits limits, List<RateLimitedPaths> paths) {
        this.limits = limits;
        this.paths = List.copyOf(paths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (RateLimitedPaths limited : paths) {
            if (limited.patterns().stream().anyMatch(pattern -> MATCHER.match(pattern, path))) {
                Optional<Duration> wait = limits.tryAcquire(
                        new RateLimit(limited.bucket(), limited.limit(), limited.window()), request.getRemoteAddr());
                if (wait.isPresent()) {
                    TooManyRequestsPage.forward(wait.get(), request, response);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
