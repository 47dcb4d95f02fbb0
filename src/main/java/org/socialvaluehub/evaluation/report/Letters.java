package org.socialvaluehub.evaluation.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.socialvaluehub.evaluation.award.Decision;
import org.socialvaluehub.evaluation.award.Decisions;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.common.Refused;
import org.socialvaluehub.evaluation.core.WeightedSumResult;
import org.socialvaluehub.evaluation.results.Evaluated;
import org.socialvaluehub.mail.Mailer;
import org.socialvaluehub.organisations.OrganisationPeople;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The letters to unsuccessful bidders: each with its own scores beside the winner's, as a PDF, and the mail that points
 * to it.
 */
@Component
class Letters {

    private final Decisions decisions;
    private final PdfRenderer pdf;
    private final OrganisationPeople people;
    private final Mailer mailer;
    private final MessageSource messages;

    Letters(Decisions decisions, PdfRenderer pdf, OrganisationPeople people, Mailer mailer, MessageSource messages) {
        this.decisions = decisions;
        this.pdf = pdf;
        this.people = people;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** The letter for an unsuccessful bid, once the contract is awarded. */
    byte[] letter(Evaluated evaluated, long bidId) {
        Decision decision = awarded(evaluated);
        if (decision.bidId() == bidId) {
            throw Refused.conflict("evaluation.letters.winner");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("opportunity", evaluated.evaluation());
        variables.put("evaluated", evaluated);
        variables.put("own", row(evaluated, bidId));
        variables.put("winner", row(evaluated, decision.bidId()));
        variables.put(
                "bidder",
                evaluated.names().get(evaluated.bid(String.valueOf(bidId)).supplierId()));
        variables.put("decision", decision);
        return pdf.render("evaluation/letter-pdf", variables);
    }

    /** Mails the admins of every unsuccessful bidder a link to their letter; returns how many mails were sent. */
    int send(Evaluated evaluated, String baseUrl, SignedInUser user, EvaluationAudit audit) {
        Decision decision = awarded(evaluated);
        int sent = 0;
        for (var bid : evaluated.bids()) {
            if (bid.id() == decision.bidId()) {
                continue;
            }
            String link = baseUrl + evaluated.evaluation().path() + "/letter.pdf";
            for (String email : people.adminEmails(bid.supplierId())) {
                mailer.send(
                        email,
                        messages.getMessage(
                                "evaluation.letters.subject",
                                new Object[] {evaluated.evaluation().title()},
                                Locale.UK),
                        messages.getMessage(
                                "evaluation.letters.body",
                                new Object[] {evaluated.evaluation().title(), link},
                                Locale.UK));
                sent++;
            }
            audit.record(evaluated.evaluation(), user, "letter.sent", "bid " + bid.id());
        }
        return sent;
    }

    private Decision awarded(Evaluated evaluated) {
        Decision decision = decisions.find(evaluated.evaluation()).orElse(null);
        if (decision == null || !decision.awarded()) {
            throw Refused.conflict("evaluation.refused.notAwarded");
        }
        return decision;
    }

    private static WeightedSumResult.Row row(Evaluated evaluated, long bidId) {
        return evaluated.result().rows().stream()
                .filter(r -> r.id().equals(String.valueOf(bidId)))
                .findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
    }
}
