package org.socialvaluehub.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Visits the public pages twice, from this machine, once the server listens and before the app reports itself ready
 * (readiness turns to accepting traffic only after the runners), so that the first person to open each page does not
 * wait for its templates to be parsed and its code to be compiled.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstVisitWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstVisitWarmUp.class);
    private static final List<String> PAGES = List.of(
            "/",
            "/framework",
            "/directory",
            "/opportunities",
            "/events",
            "/resources",
            "/pledges",
            "/sign-in",
            "/register",
            "/privacy",
            "/accessibility");

    private final ApplicationContext context;
    private final boolean enabled;

    FirstVisitWarmUp(ApplicationContext context, @Value("${svh.warm-up.enabled:true}") boolean enabled) {
        this.context = context;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            visit(web.getWebServer().getPort());
        }
    }

    private static void visit(int port) {
        long started = System.nanoTime();
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int round = 0; round < 2; round++) {
            for (String page : PAGES) {
                try {
                    client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                                    .timeout(Duration.ofSeconds(10))
                                    .header("Accept", "text/html")
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                } catch (Exception e) {
                    log.debug("Warm-up visit to {} did not answer: {}", page, e.toString());
                }
            }
        }
        log.info("Warmed up {} pages in {} ms", PAGES.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
