package org.socialvaluehub.demo.measures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.measures.FrameworkPublishing;
import org.socialvaluehub.measures.Frameworks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Demo data: publishes the shipped Oxfordshire default framework as version 1, and a first priority set. */
@Component
public class DemoFramework {

    static final String PUBLISHER = "Demo coordinator <coordinator@demo.example>";

    private final FrameworkPublishing publishing;
    private final Frameworks frameworks;

    DemoFramework(FrameworkPublishing publishing, Frameworks frameworks) {
        this.publishing = publishing;
        this.frameworks = frameworks;
    }

    @EventListener
    void on(DemoPartnershipLoaded loaded) {
        publish();
    }

    /** Publishes the shipped framework and the first priority set, unless a framework is published already. */
    public void publish() {
        if (frameworks.current().isPresent()) {
            return;
        }
        publishing.publishCsv(
                FrameworkPublishing.shippedDefaultCsv(),
                "First version: the Oxfordshire default framework as shipped with Social Value Hub.",
                PUBLISHER);
        publishPriorities();
    }

    /**
     * Publishes the demo's priority set (points for every outcome of the shipped framework) for the current version.
     */
    public void publishPriorities() {
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
        publishing.publishPriorities(
                points,
                "The partnership’s 2026 plan puts good jobs for people facing barriers to work, "
                        + "money staying local and cutting carbon first: those outcomes get most points. Community,"
                        + " waste "
                        + "and innovation outcomes still count, with fewer points, so bids that deliver them are"
                        + " rewarded.",
                PUBLISHER);
    }
}
