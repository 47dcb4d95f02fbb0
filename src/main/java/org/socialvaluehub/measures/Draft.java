package org.socialvaluehub.measures;

import java.time.Instant;
import org.socialvaluehub.measures.core.Framework;

/**
 * The framework being edited: the draft row's id (null until the first change is saved, when the
 * content is still a copy of the newest published version), its content and what it is based on.
 */
record Draft(Long id, Framework content, Integer basedOn, Instant updatedAt) {

    boolean saved() {
        return id != null;
    }
}
