package org.socialvaluehub.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address people reach this installation at, for the links in e-mails, feeds, calendars and letters: the
 * {@code svh.public-url} setting, or this server's own local address (with the port it really listens on) when the
 * setting is empty.
 */
@Component
public class PublicAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private volatile int port;

    public PublicAddress(
            @Value("${svh.public-url:${svh.base-url:}}") String configured, @Value("${server.port:8080}") int port) {
        this.configured = withoutTrailingSlash(configured == null ? "" : configured.strip());
        this.port = port > 0 ? port : 8080;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getWebServer().getPort() > 0) {
            port = event.getWebServer().getPort();
        }
    }

    /** The address without a trailing slash, such as {@code https://socialvalue.example.org}. */
    public String url() {
        return configured.isEmpty() ? "http://localhost:" + port : configured;
    }

    /** The full address of a path on this installation, such as {@code /opportunities/12}. */
    public String link(String path) {
        return url() + (path.startsWith("/") ? path : "/" + path);
    }

    /** Whether an administrator set the address, rather than it being guessed from the local server. */
    public boolean isConfigured() {
        return !configured.isEmpty();
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
