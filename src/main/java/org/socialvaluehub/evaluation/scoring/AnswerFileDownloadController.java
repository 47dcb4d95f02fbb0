package org.socialvaluehub.evaluation.scoring;

import java.nio.charset.StandardCharsets;
import org.socialvaluehub.evaluation.bids.AnswerFile;
import org.socialvaluehub.evaluation.bids.AnswerFiles;
import org.socialvaluehub.evaluation.bids.Bid;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.shared.SensitiveRecordRead;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads a file attached to a bid's answer: the bidder's own people at any time; after the deadline the
 * buyer's own people (never the partnership team), and the named evaluators who may read that bid; every download
 * is recorded in the audit log. The seal itself is decided by {@link SealedBids}.
 */
@Controller
class AnswerFileDownloadController {

    private final EvaluationAccess access;
    private final SealedBids sealed;
    private final Evaluators evaluators;
    private final AnswerFiles files;
    private final ApplicationEventPublisher events;

    AnswerFileDownloadController(
            EvaluationAccess access,
            SealedBids sealed,
            Evaluators evaluators,
            AnswerFiles files,
            ApplicationEventPublisher events) {
        this.access = access;
        this.sealed = sealed;
        this.evaluators = evaluators;
        this.files = files;
        this.events = events;
    }

    @GetMapping({
        "/evaluations/{id}/bids/{bidId}/files/{fileId}",
        "/evaluations/{id}/lots/{lot}/bids/{bidId}/files/{fileId}"
    })
    ResponseEntity<byte[]> download(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @PathVariable long bidId,
            @PathVariable long fileId,
            SignedInUser user) {
        Evaluation evaluation = access.evaluation(id, lot);
        Bid bid = sealed.ownOrOpened(evaluation, bidId, user);
        boolean own = user != null && user.organisationIds().contains(bid.supplierId());
        if (!own
                && !access.isBuyer(user, evaluation)
                && evaluators.bidsFor(evaluation, user).stream().noneMatch(b -> b.id() == bid.id())) {
            throw Refused.forbidden("evaluation.refused.notYourBid");
        }
        AnswerFile file = bid.files().stream()
                .filter(f -> f.id() == fileId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        events.publishEvent(new SensitiveRecordRead(
                user,
                "bid file " + fileId + " of bid " + bid.id() + " (opportunity " + id
                        + (lot == null ? "" : " lot " + lot) + ")"));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(files.content(bid, fileId));
    }
}
