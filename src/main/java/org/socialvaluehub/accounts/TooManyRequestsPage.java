package org.socialvaluehub.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;

/** The one answer to a refused request: 429, a {@code Retry-After} header and a page that says when to try again. */
@Controller
@ControllerAdvice
class TooManyRequestsPage {

    static final String PAGE = "/too-many-requests";
    private static final String WAIT = TooManyRequestsPage.class.getName() + ".wait";

    /** Answers from a filter, before any page is chosen. */
    static void forward(Duration wait, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.setAttribute(WAIT, wait);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(wait)));
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    @RequestMapping(PAGE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        Duration wait = request.getAttribute(WAIT) instanceof Duration d ? d : Duration.ofMinutes(1);
        return answer(wait, response, model);
    }

    @ExceptionHandler(TooManyRequests.class)
    String refused(TooManyRequests refusal, HttpServletResponse response, Model model) {
        return answer(refusal.retryAfter(), response, model);
    }

    private static String answer(Duration wait, HttpServletResponse response, Model model) {
        long seconds = seconds(wait);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        model.addAttribute("seconds", seconds);
        model.addAttribute("minutes", (seconds + 59) / 60);
        return "error/too-many-requests";
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
