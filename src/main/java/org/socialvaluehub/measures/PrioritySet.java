package org.socialvaluehub.measures;

import java.time.Instant;
import org.socialvaluehub.measures.core.PriorityWeights;

/** A published share of 100 points across the outcomes of one framework version, with the reasoning behind it. */
public record PrioritySet(
        long id,
        int versionNumber,
        PriorityWeights weights,
        String reasoning,
        Instant publishedAt,
        String publishedBy) {}
