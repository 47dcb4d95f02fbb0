package org.socialvaluehub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page shown (with status 403) when a form is sent without a valid protection token. */
@Controller
class ExpiredFormController {

    @RequestMapping(ExpiredFormHandler.PAGE)
    String expired(HttpServletRequest request, Model model) {
        model.addAttribute(
                "back",
                LocalPath.ofReferer(request.getHeader("Referer"), request.getServerName())
                        .orElse("/"));
        return "error/form-expired";
    }
}
