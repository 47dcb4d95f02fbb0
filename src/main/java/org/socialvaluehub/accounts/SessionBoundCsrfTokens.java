package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the form-protection token in a cookie for visitors without a session (showing them a form
 * writes nothing to the database), and in the session once there is one, as after signing in: a
 * token cookie planted by someone else (from a neighbouring site, say) then counts for nothing.
 */
class SessionBoundCsrfTokens implements CsrfTokenRepository {

    private final CookieCsrfTokenRepository cookie;
    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

    SessionBoundCsrfTokens(CookieCsrfTokenRepository cookie) {
        this.cookie = cookie;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return cookie.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        HttpSession current = request.getSession(false);
        if (token == null) {
            cookie.saveToken(null, request, response);
            if (current != null) {
                session.saveToken(null, request, response);
            }
        } else if (current != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
    }
}
