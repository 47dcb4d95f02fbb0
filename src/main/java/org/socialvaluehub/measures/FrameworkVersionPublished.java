package org.socialvaluehub.measures;

import java.time.Instant;

/** A new framework version was published; work that uses the framework may offer to move to it. */
public record FrameworkVersionPublished(int number, String changeNote, Instant publishedAt, String publishedBy) {}
