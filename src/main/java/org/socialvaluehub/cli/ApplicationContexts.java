package org.socialvaluehub.cli;

import org.socialvaluehub.SocialValueHubApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without its web server, for commands that need the database. */
final class ApplicationContexts {

    private ApplicationContexts() {}

    static ConfigurableApplicationContext withoutWebServer() {
        return new SpringApplicationBuilder(SocialValueHubApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        "logging.level.org.socialvaluehub=WARN",
                        "svh.scheduler.enabled=false")
                .run();
    }
}
