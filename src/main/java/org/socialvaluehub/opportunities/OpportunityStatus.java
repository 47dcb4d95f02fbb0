package org.socialvaluehub.opportunities;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an opportunity is in its life: a draft only its buyer sees; planned (visible early so small
 * suppliers can prepare); open for bids; closed at the deadline; evaluated; then awarded or cancelled.
 */
public enum OpportunityStatus {
    DRAFT,
    PLANNED,
    OPEN,
    CLOSED,
    EVALUATED,
    AWARDED,
    CANCELLED;

    /** Whether the public (and every supplier) may see it. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    public boolean isFinal() {
        return this == AWARDED || this == CANCELLED;
    }

    /** The statuses it may move to next; the life only goes forward, and anything not final may be cancelled. */
    public Set<OpportunityStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PLANNED, OPEN, CANCELLED);
            case PLANNED -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED -> EnumSet.of(EVALUATED, CANCELLED);
            case EVALUATED -> EnumSet.of(AWARDED, CANCELLED);
            case AWARDED, CANCELLED -> EnumSet.noneOf(OpportunityStatus.class);
        };
    }

    public boolean canMoveTo(OpportunityStatus target) {
        return next().contains(target);
    }
}
