package org.socialvaluehub.evaluation.results;

import java.time.Instant;

/** A tender the buyer disregarded before deciding: the ground under s. 19(3) of the Act, the reasons, who and when. */
public record Disregarded(long bidId, Ground ground, String reasons, long recordedBy, Instant recordedAt) {

    /** The grounds on which the Procurement Act 2023 s. 19(3) lets a tender be disregarded. */
    public enum Ground {
        /** s. 19(3)(c), only after the supplier was told and had a reasonable opportunity to answer (s. 19(4)). */
        ABNORMALLY_LOW,
        /** s. 19(3)(a): the supplier does not satisfy the conditions of participation (or is excluded). */
        CONDITIONS_OF_PARTICIPATION,
        /** s. 19(3)(d): the tender breaches a procedural requirement of the tender notice or documents. */
        PROCEDURAL_BREACH
    }
}
