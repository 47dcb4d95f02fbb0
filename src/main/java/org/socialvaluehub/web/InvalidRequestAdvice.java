package org.socialvaluehub.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.socialvaluehub.shared.InvalidRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Answers a request with values no page can use with 400 and the plain sentence that says which value is wrong. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class InvalidRequestAdvice {

    private final MessageSource messages;
    private final ShellModel shell;

    InvalidRequestAdvice(MessageSource messages, ShellModel shell) {
        this.messages = messages;
        this.shell = shell;
    }

    @ExceptionHandler(InvalidRequest.class)
    Object invalid(InvalidRequest invalid, HttpServletRequest request, Locale locale) {
        String reason = messages.getMessage(invalid.messageKey(), invalid.arguments(), locale);
        if (ErrorAnswers.wantsProblemDetails(request)) {
            return ErrorAnswers.problem(request, HttpStatus.BAD_REQUEST, reason);
        }
        ModelAndView page = new ModelAndView("error/page");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("kind", ErrorPageController.kind(HttpStatus.BAD_REQUEST));
        shell.fill(page, request);
        page.addObject("reason", reason);
        return page;
    }
}
