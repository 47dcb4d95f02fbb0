package org.socialvaluehub.evaluation.award;

import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.Scorings;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.springframework.stereotype.Component;

/** Test fixture: an evaluation scored and moderated (bid A ahead) with the decision for bid A recorded, or awarded. */
@Component
class DecidedScenarios {

    private final Evaluations evaluations;
    private final Scorings scorings;
    private final SealedBids sealed;
    private final AdjustableClock clock;
    private final Decisions decisions;

    DecidedScenarios(
            Evaluations evaluations, Scorings scorings, SealedBids sealed, AdjustableClock clock, Decisions decisions) {
        this.evaluations = evaluations;
        this.scorings = scorings;
        this.sealed = sealed;
        this.clock = clock;
        this.decisions = decisions;
    }

    /** Scored and moderated, bid A ahead, with no decision; moves the clock past the deadline (the test resets it). */
    Evaluations.Scenario moderated() {
        Evaluations.Scenario s = evaluations.openWithBids(Evaluations.closingSoon());
        scorings.nameEvaluators(s);
        clock.advancePast(evaluations.deadlineOf(s));
        scorings.scoreAll(s);
        scorings.moderateAll(s, sealed);
        return s;
    }

    /** Moves the clock past the deadline: the test resets it afterwards. */
    Evaluations.Scenario decided() {
        Evaluations.Scenario s = moderated();
        decisions.record(
                scorings.opportunity(s), scorings.bidIds(s, sealed).get(0), "Highest total", scorings.buyer(s));
        return s;
    }

    Evaluations.Scenario awarded() {
        Evaluations.Scenario s = decided();
        decisions.approve(scorings.opportunity(s), evaluations.approver(s.buyerId()));
        decisions.award(scorings.opportunity(s), scorings.buyer(s));
        return s;
    }
}
