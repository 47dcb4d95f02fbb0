package org.socialvaluehub.demo;

import org.socialvaluehub.demo.organisations.DirectoryDemoData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo suppliers their directory profiles.
 */
@Component
class DemoDirectory {

    private final DirectoryDemoData directory;

    DemoDirectory(DirectoryDemoData directory) {
        this.directory = directory;
    }

    @EventListener
    void on(DemoPartnershipLoaded event) {
        directory.fill(event.supplierIds(), DemoData.SEED);
    }
}
