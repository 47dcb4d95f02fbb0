package org.socialvaluehub.evaluation.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.socialvaluehub.opportunities.Lot;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.springframework.modulith.NamedInterface;

/**
 * What one evaluation covers: a whole opportunity without lots, or one lot of an opportunity with lots.
 * Each has its own model, bids, evaluators, scores, decision and award; the deadline is the opportunity's.
 */
@NamedInterface("common")
public record Evaluation(Opportunity opportunity, Lot lot) {

    /** The lot number stored with the evaluation's rows: 0 for an opportunity without lots. */
    public static final int WHOLE = 0;

    /** The evaluation of an opportunity without lots. */
    public static Evaluation whole(Opportunity opportunity) {
        return new Evaluation(opportunity, null);
    }

    /** The evaluation of each lot, or the one evaluation of an opportunity without lots. */
    public static List<Evaluation> of(Opportunity opportunity) {
        return opportunity.lots().isEmpty()
                ? List.of(whole(opportunity))
                : opportunity.lots().stream()
                        .map(lot -> new Evaluation(opportunity, lot))
                        .toList();
    }

    public long id() {
        return opportunity.id();
    }

    public int lotNumber() {
        return lot == null ? WHOLE : lot.number();
    }

    public boolean hasLot() {
        return lot != null;
    }

    /** Where the evaluation's pages are: {@code /evaluations/7} or {@code /evaluations/7/lots/2}. */
    public String path() {
        return "/evaluations/" + id() + (lot == null ? "" : "/lots/" + lot.number());
    }

    /** The opportunity's title, and the lot's after it. */
    public String title() {
        return lot == null ? opportunity.title() : opportunity.title() + " – Lot " + lot.number() + ": " + lot.title();
    }

    public long buyerId() {
        return opportunity.buyerId();
    }

    public OpportunityStatus status() {
        return opportunity.status();
    }

    public Instant deadline() {
        return opportunity.deadline();
    }

    public Integer frameworkVersion() {
        return opportunity.frameworkVersion();
    }

    /**
     * The lot's estimated value when it has one, else the opportunity's: the contract value commitments are set
     * against.
     */
    public BigDecimal estimatedValue() {
        return lot != null && lot.estimatedValue() != null ? lot.estimatedValue() : opportunity.estimatedValue();
    }

    public boolean deadlinePassed(Instant now) {
        return opportunity.deadlinePassed(now);
    }
}
