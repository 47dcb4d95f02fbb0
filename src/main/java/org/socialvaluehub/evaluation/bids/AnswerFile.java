package org.socialvaluehub.evaluation.bids;

import java.time.Instant;

/** A file a supplier attached to its answer to one question: its listing, without the content. */
public record AnswerFile(long id, long questionId, String filename, String contentType, int size, Instant uploadedAt) {

    /** The size for people: bytes, KB or MB. */
    public String readableSize() {
        if (size < 1024) {
            return size + " bytes";
        }
        return size < 1024 * 1024 ? (size / 1024) + " KB" : String.format("%.1f MB", size / (1024.0 * 1024.0));
    }
}
