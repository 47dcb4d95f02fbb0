package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page shown (with status 403) when a form is sent without a valid protection token. */
@Controller
class ExpiredFormController {

    @RequestMapping(ExpiredFormHandler.PAGE)
    String expired(HttpServletRequest request, Model model) {
        model.addAttribute("back", sameSitePath(request.getHeader("Referer"), request.getServerName()));
        return "error/form-expired";
    }

    /** The path of the page the form came from, when it came from this site; otherwise the start page. */
    static String sameSitePath(String referer, String host) {
        try {
            URI from = referer == null ? null : URI.create(referer);
            if (from != null && host.equalsIgnoreCase(from.getHost()) && from.getRawPath() != null
                    && from.getRawPath().startsWith("/") && !from.getRawPath().startsWith("//")) {
                return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed Referer is ignored
        }
        return "/";
    }
}
