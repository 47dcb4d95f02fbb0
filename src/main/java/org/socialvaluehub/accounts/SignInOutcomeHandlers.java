package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/** Records sign-ins, failures and sign-outs in the audit log and sends the person on. */
@Component
class SignInOutcomeHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutSuccessHandler {

    static final String NEXT = "next";

    private final AuditLog audit;

    SignInOutcomeHandlers(AuditLog audit) {
        this.audit = audit;
        setDefaultTargetUrl("/home");
        setTargetUrlParameter(NEXT);
    }

    /** Where the sign-in form asked to go next ({@code next}, a path on this site), else the person's home. */
    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        return LocalPath.of(request.getParameter(NEXT)).orElse(getDefaultTargetUrl());
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            audit.record(
                    AuditLog.EventType.SIGN_IN,
                    principal.user().id(),
                    principal.user().email(),
                    null);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, jakarta.servlet.ServletException {
        String email = request.getParameter("email");
        String reason;
        if (exception instanceof ThrottledAuthenticationProvider.ThrottledException throttled) {
            audit.record(AuditLog.EventType.SIGN_IN_THROTTLED, null, email, null);
            TooManyRequestsPage.forward(throttled.waitFor(), request, response);
            return;
        } else if (exception instanceof DisabledException) {
            reason = "unconfirmed";
            audit.record(AuditLog.EventType.SIGN_IN_FAILED, null, email, "e-mail address not confirmed");
        } else {
            reason = "credentials";
            audit.record(AuditLog.EventType.SIGN_IN_FAILED, null, email, "wrong e-mail or password");
        }
        request.getSession().setAttribute("signInEmail", email);
        String next = LocalPath.of(request.getParameter(NEXT))
                .map(path -> "&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                .orElse("");
        response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason + next);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            audit.record(
                    AuditLog.EventType.SIGN_OUT,
                    principal.user().id(),
                    principal.user().email(),
                    null);
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?signedOut");
    }
}
