package org.socialvaluehub.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for an error Tomcat answers before the application sees the request (an address it cannot decode, for
 * example): the app's words and look for a browser, problem details for the API; never the server's name or a trace.
 */
class AppErrorReportValve extends ErrorReportValve {

    private final MessageSource messages;

    AppErrorReportValve(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            boolean problem = ErrorAnswers.wantsProblemDetails(request);
            response.setContentType(problem ? "application/problem+json" : "text/html");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problem ? json(status) : html(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException notWritten) {
            // The connection is gone or the response cannot take a body; the status has been sent.
        }
    }

    private static String json(HttpStatus status) {
        return "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + "}";
    }

    private String html(HttpStatus status) {
        String kind = ErrorPageController.kind(status);
        String title = HtmlUtils.htmlEscape(word("error." + kind + ".title"));
        return "<!DOCTYPE html><html lang=\"en-GB\" class=\"govuk-template\"><head><meta charset=\"utf-8\"><title>"
                + title
                + " – " + HtmlUtils.htmlEscape(word("service.name"))
                + "</title><meta name=\"viewport\" content=\"width=device-width, "
                + "initial-scale=1\"><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body"
                + " class=\"govuk-template__body\">"
                + "<main class=\"govuk-main-wrapper govuk-width-container\" id=\"main-content\"><h1"
                + " class=\"govuk-heading-l\">"
                + title + "</h1><p class=\"govuk-body\">" + HtmlUtils.htmlEscape(word("error." + kind + ".text"))
                + "</p><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">"
                + HtmlUtils.htmlEscape(word("error.backToStart")) + "</a></p></main></body></html>";
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, Locale.UK);
    }
}
