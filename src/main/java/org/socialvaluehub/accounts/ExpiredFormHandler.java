package org.socialvaluehub.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Tells someone whose form lost its protection token (sent from a page opened before they signed
 * in or out, or after their cookies were cleared) that the form expired and nothing was saved,
 * rather than that they lack access. Every other refusal gets the usual 403 page.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

    static final String PAGE = "/form-expired";

    private final AccessDeniedHandlerImpl expired = new AccessDeniedHandlerImpl();
    private final AccessDeniedHandlerImpl refused = new AccessDeniedHandlerImpl();

    ExpiredFormHandler() {
        expired.setErrorPage(PAGE);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        (denied instanceof CsrfException ? expired : refused).handle(request, response, denied);
    }
}
