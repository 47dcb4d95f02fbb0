package org.socialvaluehub.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes sure the form-protection cookie is set before a page starts to be written: the token is
 * otherwise created while a form is rendered, when a long page may already have sent its headers.
 * A browser that already holds the cookie gets no new one. Files such as style sheets, scripts and
 * the icon never carry a form, so they never set it: a browser fetching the icon of a page it has
 * left would otherwise replace the token that the form on the next page was written with.
 */
class CsrfCookieFilter extends OncePerRequestFilter {

    private static final List<String> FILES =
            List.of("/assets/", "/webjars/", "/css/", "/js/", "/images/", "/favicon.");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return FILES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
