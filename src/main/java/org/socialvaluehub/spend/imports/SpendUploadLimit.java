package org.socialvaluehub.spend.imports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A spend file over the upload limit ({@code spring.servlet.multipart.max-file-size}) is refused while it arrives,
 * before anything is stored; this sends the person back to the upload form with our own message instead of the
 * server's "413" page. Tomcat refuses the oversize body as soon as a filter (Spring Security's CSRF check) reads a
 * parameter, so this filter runs before security. Uploads elsewhere keep the default handling.
 */
@Component
@Order(-200)
class SpendUploadLimit extends OncePerRequestFilter {

    static final String UPLOAD_PATH = "/spend/import";
    static final String TOO_LARGE = UPLOAD_PATH + "?tooLarge=true";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + UPLOAD_PATH).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.sendRedirect(request.getContextPath() + TOO_LARGE);
        }
    }

    /** Whether the failure is the upload limit (as Spring's own multipart support recognises it). */
    static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MaxUploadSizeExceededException) {
                return true;
            }
            String message =
                    cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
                return true;
            }
        }
        return false;
    }
}
