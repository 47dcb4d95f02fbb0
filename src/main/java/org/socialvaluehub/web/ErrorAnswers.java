package org.socialvaluehub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How a refusal is answered: the API and clients asking for JSON get a problem-details body (RFC 9457) with
 * the status and, at most, a plain sentence; everyone else gets one of the app's error pages.
 */
final class ErrorAnswers {

    private ErrorAnswers() {}

    /** The path the person asked for, also while the error page is being shown for it. */
    static String requestedPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String text ? text : request.getRequestURI();
        String context = request.getContextPath();
        if (uri == null) {
            return "/";
        }
        return context == null ? uri : uri.substring(Math.min(uri.length(), context.length()));
    }

    static boolean wantsProblemDetails(HttpServletRequest request) {
        if (requestedPath(request).startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
            types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType type : types) {
                if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                    return false;
                }
                if ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json")) {
                    return true;
                }
            }
            return false;
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(status.getReasonPhrase());
        problem.setDetail(detail);
        problem.setInstance(URI.create(encodedPath(requestedPath(request))));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String encodedPath(String path) {
        try {
            return URI.create(path).toString();
        } catch (IllegalArgumentException notAUri) {
            return "/";
        }
    }
}
