package org.socialvaluehub.evaluation.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Loads the PDF renderer and its fonts during start-up of the web app, before it reports itself ready. */
@Component
class PdfWarmUp implements ApplicationRunner {

    private final PdfRenderer renderer;
    private final ApplicationContext context;
    private final boolean enabled;

    PdfWarmUp(PdfRenderer renderer, ApplicationContext context, @Value("${svh.warm-up.enabled:true}") boolean enabled) {
        this.renderer = renderer;
        this.context = context;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && context instanceof WebServerApplicationContext) { // not for a command of ./svh
            renderer.warmUp();
        }
    }
}
