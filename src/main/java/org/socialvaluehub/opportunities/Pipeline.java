package org.socialvaluehub.opportunities;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialvaluehub.opportunities.InvalidDraftException.Problem;
import org.socialvaluehub.organisations.AreaLocality;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A buyer's pipeline: write and change drafts with every detail (refused whole when anything is
 * wrong), list a buyer's opportunities, and close those whose deadline has passed.
 */
@Service
public class Pipeline {

    private final Opportunities opportunities;
    private final OpportunityDetailsRepository details;
    private final DraftChecks checks;
    private final AreaLocality area;
    private final ApplicationEventPublisher events;

    Pipeline(
            Opportunities opportunities,
            OpportunityDetailsRepository details,
            DraftChecks checks,
            AreaLocality area,
            ApplicationEventPublisher events) {
        this.opportunities = opportunities;
        this.details = details;
        this.checks = checks;
        this.area = area;
        this.events = events;
    }

    /** @throws InvalidDraftException listing every problem; nothing is saved */
    @Transactional
    public long createDraft(long buyerId, OpportunityDraft draft) {
        refuseProblems(draft);
        long id = opportunities.create(new NewOpportunity(
                buyerId,
                draft.title(),
                draft.description(),
                draft.kind(),
                draft.cpvCodes(),
                draft.estimatedValue(),
                draft.questionsClose(),
                draft.deadline(),
                draft.lotTitles()));
        details.update(id, normalised(draft), locality(draft));
        return id;
    }

    /** Saves changes; lots change only while a draft. Announces {@link OpportunityChanged} once published. */
    @Transactional
    public void update(long id, OpportunityDraft draft) {
        OpportunityDetails current =
                details(id).orElseThrow(() -> new IllegalArgumentException("No opportunity " + id));
        if (current.status().isFinal()) {
            throw new IllegalStatusChangeException(id, current.status(), current.status());
        }
        refuseProblems(draft);
        details.update(id, normalised(draft), locality(draft));
        if (current.status() == OpportunityStatus.DRAFT) {
            details.replaceLots(id, draft.lotTitles());
        } else {
            events.publishEvent(new OpportunityChanged(id, "details"));
        }
    }

    public Optional<OpportunityDetails> details(long id) {
        return details.find(id);
    }

    /** Every opportunity of these buyers, drafts included, most recently changed first. */
    public List<OpportunityDetails> ofBuyers(Collection<Long> buyerIds) {
        return details.ofBuyers(buyerIds);
    }

    public List<OpportunityDetails> all() {
        return details.all();
    }

    /** The recurring job's work: every open opportunity whose deadline has passed is closed. */
    public int closePassedDeadlines(Clock clock) {
        List<Long> due = details.openPastDeadline(clock.instant());
        for (long id : due) {
            try {
                opportunities.moveTo(id, OpportunityStatus.CLOSED);
            } catch (IllegalStatusChangeException movedMeanwhile) {
                // someone cancelled it at the same moment; nothing to close
            }
        }
        return due.size();
    }

    /** @throws InvalidDraftException listing every problem of the draft */
    public void check(OpportunityDraft draft) {
        refuseProblems(draft);
    }

    private void refuseProblems(OpportunityDraft draft) {
        List<Problem> problems = checks.problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }

    private static OpportunityDraft normalised(OpportunityDraft d) {
        String district = d.deliveryDistrict() == null
                ? null
                : d.deliveryDistrict().strip().toUpperCase(Locale.UK);
        return new OpportunityDraft(
                d.title(),
                d.description(),
                d.kind(),
                d.cpvCodes(),
                d.estimatedValue(),
                d.valueBand(),
                d.plannedPublication(),
                d.questionsClose(),
                d.deadline(),
                d.expectedAward(),
                d.contractStart(),
                d.durationMonths(),
                district,
                d.address(),
                d.suitableSme(),
                d.suitableVcse(),
                d.priorities(),
                d.lotTitles());
    }

    private String locality(OpportunityDraft d) {
        return d.deliveryDistrict() == null || d.deliveryDistrict().isBlank()
                ? null
                : area.of(d.deliveryDistrict().strip().toUpperCase(Locale.UK)).name();
    }
}
