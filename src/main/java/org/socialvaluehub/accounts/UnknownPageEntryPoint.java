package org.socialvaluehub.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Sends someone who is not signed in to the sign-in page when the page they asked for exists, and
 * shows "Page not found" when it does not: signing in would not help them find a mistyped address.
 */
class UnknownPageEntryPoint implements AuthenticationEntryPoint {

    private final ObjectProvider<HandlerMapping> pages;
    private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");

    /** {@code pages} is the controllers' mapping; without one (no web server) every page counts as existing. */
    UnknownPageEntryPoint(ObjectProvider<HandlerMapping> pages) {
        this.pages = pages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException notSignedIn)
            throws IOException, ServletException {
        if (exists(request)) {
            signIn.commence(request, response, notSignedIn);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean exists(HttpServletRequest request) {
        HandlerMapping mapping = pages.getIfAvailable();
        if (mapping == null) {
            return true;
        }
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return mapping.getHandler(request) != null;
        } catch (Exception foundButNotThisWay) { // e.g. the wrong method or media type: the page exists
            return true;
        }
    }
}
