package org.socialvaluehub.evaluation.award;

import java.time.Instant;
import java.util.List;

/**
 * The award decision record: the recommended bid, the rationale, who recorded it and when, and the approvals by named
 * people.
 */
public record Decision(
        long opportunityId,
        long bidId,
        String rationale,
        long recordedBy,
        Instant recordedAt,
        Instant awardedAt,
        List<Approval> approvals) {

    public Decision {
        approvals = List.copyOf(approvals);
    }

    /** One approval of the decision: who, and when. */
    public record Approval(long userId, String displayName, Instant approvedAt) {}

    public boolean awarded() {
        return awardedAt != null;
    }
}
