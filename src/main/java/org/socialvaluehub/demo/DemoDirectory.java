package org.socialvaluehub.demo;

import org.socialvaluehub.organisations.DirectoryDemoData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands the demo suppliers to the directory for their profiles. It lives here, not in organisations,
 * because organisations listening for a demo event would make the two modules depend on each other.
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
