package org.socialvaluehub.opportunities;

import java.util.Optional;
import org.socialvaluehub.measures.FrameworkVersion;
import org.socialvaluehub.measures.Frameworks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opportunities module's API: create a draft, find an opportunity, and move it on in its life.
 * Publishing (planned or open) pins the current framework version, so its priorities and measures
 * never change under the suppliers who bid.
 */
@Service
public class Opportunities {

    private final OpportunityRepository repository;
    private final Frameworks frameworks;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<OpeningCheck> openingChecks;

    Opportunities(
            OpportunityRepository repository,
            Frameworks frameworks,
            ApplicationEventPublisher events,
            ObjectProvider<OpeningCheck> openingChecks) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.events = events;
        this.openingChecks = openingChecks;
    }

    @Transactional
    public long create(NewOpportunity opportunity) {
        return repository.insert(opportunity);
    }

    public Optional<Opportunity> find(long id) {
        return repository.find(id);
    }

    /**
     * Moves the opportunity to {@code target} and announces it with {@link OpportunityStatusChanged}.
     *
     * @throws IllegalStatusChangeException when its life does not allow the move
     * @throws OpeningRefused               when opening and another module's {@link OpeningCheck} refuses
     * @throws IllegalArgumentException     when there is no such opportunity
     */
    @Transactional
    public Opportunity moveTo(long id, OpportunityStatus target) {
        Opportunity current = find(id).orElseThrow(() -> new IllegalArgumentException("No opportunity " + id));
        if (!current.status().canMoveTo(target)) {
            throw new IllegalStatusChangeException(id, current.status(), target);
        }
        if (target == OpportunityStatus.OPEN) {
            openingChecks.orderedStream().forEach(check -> check.check(current));
        }
        Integer version = target.isPublic()
                ? frameworks.current().map(FrameworkVersion::number).orElse(null)
                : null;
        if (!repository.moveStatus(id, current.status(), target, version)) {
            throw new IllegalStatusChangeException(id, current.status(), target);
        }
        events.publishEvent(new OpportunityStatusChanged(id, current.buyerId(), current.status(), target));
        return find(id).orElseThrow();
    }
}
