package org.socialvaluehub.evaluation.report;

import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.results.Evaluated;
import org.socialvaluehub.evaluation.results.Results;
import org.socialvaluehub.shared.PublicAddress;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Letters to unsuccessful bidders: the buyer downloads or sends them; each bidder downloads its own. */
@Controller
class LetterController {

    private final EvaluationAccess access;
    private final Results results;
    private final Letters letters;
    private final EvaluationAudit audit;
    private final PublicAddress publicAddress;

    LetterController(
            EvaluationAccess access,
            Results results,
            Letters letters,
            EvaluationAudit audit,
            PublicAddress publicAddress) {
        this.access = access;
        this.results = results;
        this.letters = letters;
        this.audit = audit;
        this.publicAddress = publicAddress;
    }

    @GetMapping({"/evaluations/{id}/letters/{bidId}.pdf", "/evaluations/{id}/lots/{lot}/letters/{bidId}.pdf"})
    ResponseEntity<byte[]> letter(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @PathVariable long bidId,
            SignedInUser user) {
        Evaluated evaluated = results.evaluate(access.asBuyer(id, lot, user));
        return ReportContents.pdfResponse(
                letters.letter(evaluated, bidId),
                "letter-" + id + (lot == null ? "" : "-lot-" + lot) + "-" + bidId + ".pdf");
    }

    @GetMapping({"/evaluations/{id}/letter.pdf", "/evaluations/{id}/lots/{lot}/letter.pdf"})
    ResponseEntity<byte[]> ownLetter(
            @PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user) {
        Evaluation evaluation = access.evaluation(id, lot);
        Evaluated evaluated = results.evaluate(evaluation);
        var own = evaluated.bids().stream()
                .filter(bid -> user != null && user.hasRole(bid.supplierId(), Role.SUPPLIER))
                .findFirst()
                .orElseThrow(() -> Refused.forbidden("evaluation.refused.notYourLetter"));
        return ReportContents.pdfResponse(
                letters.letter(evaluated, own.id()), "letter-" + id + (lot == null ? "" : "-lot-" + lot) + ".pdf");
    }

    @PostMapping({"/evaluations/{id}/letters/send", "/evaluations/{id}/lots/{lot}/letters/send"})
    String send(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = access.asBuyer(id, lot, user);
        Evaluated evaluated = results.evaluate(evaluation);
        redirect.addFlashAttribute("notice", "evaluation.letters.sent");
        redirect.addFlashAttribute("noticeArgument", letters.send(evaluated, publicAddress.url(), user, audit));
        return "redirect:" + evaluation.path() + "/decision";
    }
}
