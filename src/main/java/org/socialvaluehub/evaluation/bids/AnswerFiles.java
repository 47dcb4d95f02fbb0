package org.socialvaluehub.evaluation.bids;

import java.util.Optional;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/**
 * Files suppliers attach to their answers: checked by name and content, attached and removed only while
 * bids may change, and read only from a bid that {@link SealedBids} has handed out.
 */
@Service
public class AnswerFiles {

    private final AnswerFileRepository files;
    private final BidRepository bids;
    private final Bids rules;
    private final EvaluationAudit audit;
    private final long maxBytes;

    AnswerFiles(
            AnswerFileRepository files,
            BidRepository bids,
            Bids rules,
            EvaluationAudit audit,
            @Value("${svh.evaluation.answer-file-max-size:10MB}") DataSize maxSize) {
        this.files = files;
        this.bids = bids;
        this.rules = rules;
        this.audit = audit;
        this.maxBytes = maxSize.toBytes();
    }

    /** The message key of what is wrong with a file, or empty when it may be attached. */
    public Optional<String> problem(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of("evaluation.file.empty");
        }
        if (content.length > maxBytes) {
            return Optional.of("evaluation.file.tooBig");
        }
        return AnswerFileTypes.accepted(filename, content) ? Optional.empty() : Optional.of("evaluation.file.type");
    }

    public String maxSize() {
        return DataSize.ofBytes(maxBytes).toMegabytes() + " MB";
    }

    /** Attaches the file to the answer, or gives the problem with it and changes nothing. */
    @Transactional
    public Optional<String> attach(
            Evaluation evaluation,
            EvaluationModel model,
            long supplierId,
            long questionId,
            String filename,
            String contentType,
            byte[] content,
            SignedInUser user) {
        rules.requireOpenForBids(evaluation);
        if (model.questions().stream().noneMatch(q -> q.id() == questionId)) {
            return Optional.of("evaluation.file.question");
        }
        Optional<String> problem = problem(filename, content);
        if (problem.isPresent()) {
            return problem;
        }
        long bid = bids.find(evaluation, supplierId)
                .map(Bid::id)
                .orElseGet(() -> bids.saveDraft(evaluation, supplierId, null, user.id()));
        String name = filename.strip().replaceAll("[\\\\/\\r\\n\"]", "_");
        long id = files.add(
                bid, questionId, name, contentType == null ? "application/octet-stream" : contentType, content);
        audit.record(evaluation, user, "bid.file.added", "bid " + bid + ", file " + id);
        return Optional.empty();
    }

    @Transactional
    public void remove(Evaluation evaluation, long supplierId, long fileId, SignedInUser user) {
        rules.requireOpenForBids(evaluation);
        bids.find(evaluation, supplierId)
                .filter(bid -> files.remove(bid.id(), fileId))
                .ifPresent(bid -> audit.record(evaluation, user, "bid.file.removed", "bid " + bid.id()));
    }

    /** A file's content: the bid comes from {@link SealedBids}, so whoever asks may read it. */
    public byte[] content(Bid bid, long fileId) {
        return files.content(bid.id(), fileId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
