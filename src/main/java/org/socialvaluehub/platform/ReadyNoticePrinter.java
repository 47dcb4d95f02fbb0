package org.socialvaluehub.platform;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialvaluehub.shared.PublicAddress;
import org.socialvaluehub.shared.StartupNotes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Ends the start-up of the web app with a short plain notice (address, data folder, demo sign-ins) and warns when
 * links in e-mails would point at this machine while the app runs somewhere people reach by another address.
 */
@Component
class ReadyNoticePrinter {

    private static final Logger log = LoggerFactory.getLogger(ReadyNoticePrinter.class);

    private final PublicAddress address;
    private final Environment environment;
    private final ObjectProvider<StartupNotes> notes;

    ReadyNoticePrinter(PublicAddress address, Environment environment, ObjectProvider<StartupNotes> notes) {
        this.address = address;
        this.environment = environment;
        this.notes = notes;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return; // a command of ./svh, not the web app
        }
        String datasource = environment.getProperty("spring.datasource.url", "");
        if (ReadyNotice.publicAddressMissing(
                address.isConfigured(), datasource, environment.getProperty("server.address", ""))) {
            log.warn(
                    "svh.public-url is not set, so links in e-mails, feeds and calendars point at {}, which people on"
                            + " other machines cannot open. Set SVH_PUBLIC_URL to the address people use.",
                    address.url());
        }
        String data = ReadyNotice.data(
                datasource,
                environment.getProperty("svh.embedded-database.data-directory", "./data/postgres"),
                environment.getProperty("svh.embedded-database.ephemeral", Boolean.class, false));
        List<String> lines =
                notes.orderedStream().flatMap(n -> n.lines().stream()).toList();
        log.info(ReadyNotice.text(address.url(), data, lines));
    }
}
