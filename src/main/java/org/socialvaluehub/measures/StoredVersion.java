package org.socialvaluehub.measures;

import java.time.Instant;

/** A row of {@code measures_framework_version}: a draft (no number yet) or a published version. */
record StoredVersion(
        long id,
        Integer number,
        boolean published,
        String contentCsv,
        Integer basedOn,
        String changeNote,
        Instant updatedAt,
        Instant publishedAt,
        String publishedBy) {}
