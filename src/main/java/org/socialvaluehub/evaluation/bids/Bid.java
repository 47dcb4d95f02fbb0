package org.socialvaluehub.evaluation.bids;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A supplier's bid for an opportunity: its price, its answers by question id (in words and files) and its
 * social value commitments. Only {@link SealedBids} hands bids out, so nobody reads one before the deadline.
 */
@NamedInterface("bids")
public record Bid(
        long id,
        long opportunityId,
        long supplierId,
        Status status,
        BigDecimal price,
        Instant submittedAt,
        Map<Long, String> answers,
        List<BidCommitment> commitments,
        List<AnswerFile> files) {

    /**
     * Where a bid is: a draft only its supplier sees, submitted (counted and, after the deadline, evaluated), or
     * withdrawn.
     */
    public enum Status {
        DRAFT,
        SUBMITTED,
        WITHDRAWN
    }

    public Bid {
        answers = Map.copyOf(answers);
        commitments = List.copyOf(commitments);
        files = List.copyOf(files);
    }

    public String answer(long questionId) {
        return answers.getOrDefault(questionId, "");
    }

    /** The files attached to the answer to one question. */
    public List<AnswerFile> files(long questionId) {
        return files.stream().filter(f -> f.questionId() == questionId).toList();
    }

    /** The total quantity committed of one measure. */
    public BigDecimal quantity(String measureCode) {
        return commitments.stream()
                .filter(c -> c.measureCode().equals(measureCode))
                .map(BidCommitment::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
