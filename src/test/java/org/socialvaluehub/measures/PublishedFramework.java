package org.socialvaluehub.measures;

import org.socialvaluehub.demo.measures.DemoFramework;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test fixture: every test application starts with the shipped default framework published (version 1
 * in a fresh database) and a priority set, as the demo does, so pages and access rules behave the same
 * whichever test runs first.
 */
@Component
public class PublishedFramework {

    private final DemoFramework demo;
    private final Frameworks frameworks;

    PublishedFramework(DemoFramework demo, Frameworks frameworks) {
        this.demo = demo;
        this.frameworks = frameworks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishDefault() {
        demo.publish();
    }

    /** The first published version: the shipped default, never changed by any test. */
    public FrameworkVersion first() {
        return frameworks.version(1).orElseThrow();
    }
}
