package org.socialvaluehub.evaluation.common;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Shows an evaluation refusal as a page that says why, with the refusal's status. */
@ControllerAdvice(basePackages = "org.socialvaluehub.evaluation")
class RefusalAdvice {

    @ExceptionHandler(Refused.class)
    String refused(Refused refused, HttpServletResponse response, Model model) {
        response.setStatus(refused.status().value());
        model.addAttribute("reason", refused.messageKey());
        model.addAttribute("reasonArgument", refused.argument());
        return "evaluation/refused";
    }
}
