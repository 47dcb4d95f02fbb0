package org.socialvaluehub.measures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.socialvaluehub.measures.core.FrameworkCsvReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing for other modules (the demo): a framework version from a framework CSV, the shipped Oxfordshire
 * default framework, and a priority set, each checked as the coordinator's pages check them.
 */
@Service
public class FrameworkPublishing {

    private static final String SHIPPED_DEFAULT = "/measures/oxfordshire-default-framework.csv";

    private final FrameworkDrafts drafts;
    private final Priorities priorities;

    FrameworkPublishing(FrameworkDrafts drafts, Priorities priorities) {
        this.drafts = drafts;
        this.priorities = priorities;
    }

    /** The Oxfordshire default framework shipped with Social Value Hub, as a framework CSV. */
    public static byte[] shippedDefaultCsv() {
        try (var in = FrameworkPublishing.class.getResourceAsStream(SHIPPED_DEFAULT)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the framework CSV the draft and publishes it as the next version. */
    @Transactional
    public FrameworkVersion publishCsv(byte[] csv, String changeNote, String publishedBy) {
        drafts.save(null, FrameworkCsvReader.read(csv));
        return drafts.publish(changeNote, publishedBy);
    }

    /** Publishes a priority set (points by outcome code, totalling 100) for the current version. */
    public PrioritySet publishPriorities(Map<String, Integer> pointsByOutcome, String reasoning, String publishedBy) {
        return priorities.publish(pointsByOutcome, reasoning, publishedBy);
    }
}
