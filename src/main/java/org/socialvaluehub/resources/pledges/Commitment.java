package org.socialvaluehub.resources.pledges;

import org.springframework.modulith.NamedInterface;

/**
 * An organisation's pledge for one year: where it started, how it is going, the evidence, and whether that is public.
 */
@NamedInterface("charter")
public record Commitment(
        long id,
        long organisationId,
        long pledgeId,
        String category,
        String title,
        int year,
        String baseline,
        String progress,
        String evidence,
        boolean published) {

    /** Evidence given as a web address is shown as a link. */
    public boolean evidenceIsLink() {
        return evidence.matches("^https?://\\S+$");
    }
}
