package org.socialvaluehub.measures;

import java.time.Instant;
import org.socialvaluehub.measures.core.Framework;

/**
 * One published, immutable version of the shared framework: its number (what other modules pin), its
 * content, the change log note, and who published it when.
 */
public record FrameworkVersion(
        int number, Framework content, String changeNote, Instant publishedAt, String publishedBy, Integer basedOn) {}
