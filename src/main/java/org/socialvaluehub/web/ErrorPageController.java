package org.socialvaluehub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the application or the server's filters answer with (404, 403, 400, 500 ...) ends here: the app's own
 * page for a browser, problem details for the API; never an exception's text. It replaces Boot's error controller.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final MessageSource messages;

    ErrorPageController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        HttpStatus status = statusOf(request);
        if (ErrorAnswers.wantsProblemDetails(request)) {
            return ErrorAnswers.problem(request, status, detail(status, locale));
        }
        ModelAndView page = new ModelAndView("error/page");
        page.setStatus(status);
        page.addObject("kind", kind(status));
        return page;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        // Opened directly, /error has nothing to show.
        return status == null ? HttpStatus.NOT_FOUND : status;
    }

    /** Which words of the bundle ({@code error.<kind>.title} and {@code .text}) describe the status. */
    static String kind(HttpStatus status) {
        return switch (status.value()) {
            case 400, 403, 404 -> String.valueOf(status.value());
            default -> status.is5xxServerError() ? "500" : "other";
        };
    }

    private String detail(HttpStatus status, Locale locale) {
        return messages.getMessage("error." + kind(status) + ".text", null, locale);
    }
}
