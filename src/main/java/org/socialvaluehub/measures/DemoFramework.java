package org.socialvaluehub.measures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.measures.core.FrameworkCsvReader;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Demo data: publishes the shipped Oxfordshire default framework as version 1, and a first priority set. */
@Component
class DemoFramework {

    static final String PUBLISHER = "Demo coordinator <coordinator@demo.example>";

    private final FrameworkDrafts drafts;
    private final Priorities priorities;
    private final Frameworks frameworks;

    DemoFramework(FrameworkDrafts drafts, Priorities priorities, Frameworks frameworks) {
        this.drafts = drafts;
        this.priorities = priorities;
        this.frameworks = frameworks;
    }

    @EventListener
    void on(DemoPartnershipLoaded loaded) {
        if (frameworks.current().isPresent()) {
            return;
        }
        drafts.save(null, FrameworkCsvReader.read(shippedCsv()));
        drafts.publish("First version: the Oxfordshire default framework as shipped with Social Value Hub.", PUBLISHER);
        Map<String, Integer> points = new LinkedHashMap<>();
        points.put("JS1", 12);
        points.put("JS2", 14);
        points.put("JS3", 9);
        points.put("JS4", 8);
        points.put("LE1", 10);
        points.put("LE2", 8);
        points.put("LE3", 3);
        points.put("CW1", 5);
        points.put("CW2", 6);
        points.put("CW3", 3);
        points.put("EC1", 12);
        points.put("EC2", 3);
        points.put("EC3", 3);
        points.put("IN1", 2);
        points.put("IN2", 2);
        priorities.publish(points, "The partnership’s 2026 plan puts good jobs for people facing barriers to work, "
                + "money staying local and cutting carbon first: those outcomes get most points. Community, waste "
                + "and innovation outcomes still count, with fewer points, so bids that deliver them are rewarded.",
                PUBLISHER);
    }

    static byte[] shippedCsv() {
        try (var in = DemoFramework.class.getResourceAsStream("/measures/oxfordshire-default-framework.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
