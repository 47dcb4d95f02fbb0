package org.socialvaluehub.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only the monitoring system read the metrics: a request with the configured scrape token as a
 * bearer token, or from one of the configured networks. With neither configured, nobody can.
 */
class MetricsAccessFilter extends OncePerRequestFilter {

    static final String PATH = "/actuator/prometheus";

    private final byte[] token;
    private final List<IpAddressMatcher> networks;

    MetricsAccessFilter(String token, List<String> networks) {
        this.token =
                token == null || token.isBlank() ? null : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
        this.networks = networks.stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals(PATH) && !path.startsWith(PATH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }

    private boolean allowed(HttpServletRequest request) {
        String presented = request.getHeader("Authorization");
        if (token != null
                && presented != null
                && MessageDigest.isEqual(token, presented.strip().getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        return networks.stream().anyMatch(network -> network.matches(request));
    }
}
