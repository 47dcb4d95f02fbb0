package org.socialvaluehub.accounts;

import java.util.Comparator;
import java.util.List;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.socialvaluehub.shared.PersonalDataHolder.Erasure;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes an account for good: the person's sessions end, every module erases or anonymises what it holds
 * about them (keeping, and naming the duty for, what the law says to keep), and the account goes.
 */
@Service
class AccountErasure {

    private final List<PersonalDataHolder> holders;
    private final PersonSessions sessions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AccountErasure(
            List<PersonalDataHolder> holders,
            PersonSessions sessions,
            AuditLog audit,
            ApplicationEventPublisher events) {
        // The account's own rows go last: the other modules find the person's rows by the account's id.
        this.holders = holders.stream()
                .sorted(Comparator.comparing(h -> h instanceof AccountPersonalData))
                .toList();
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    List<Erasure> erase(UserAccount account, AuditLog.EventType type, String by) {
        int ended = sessions.endAll(account.email());
        events.publishEvent(new PersonLeft(account.id(), account.email()));
        PersonalDataHolder.Subject person = new PersonalDataHolder.Subject(account.id(), account.email());
        List<Erasure> outcomes =
                holders.stream().flatMap(h -> h.erase(person).stream()).toList();
        audit.record(
                type,
                account.id(),
                null,
                "by " + by + "; " + ended + " session(s) ended; "
                        + outcomes.stream()
                                .map(e -> e.table() + " " + e.outcome() + " " + e.rows())
                                .toList());
        return outcomes;
    }
}
