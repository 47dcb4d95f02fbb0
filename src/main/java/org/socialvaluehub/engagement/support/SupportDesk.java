package org.socialvaluehub.engagement.support;

import java.util.List;
import java.util.Optional;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.Contact;
import org.socialvaluehub.engagement.EngagementMail;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Support requests: people ask, coordinators assign, answer and close, and each side hears by e-mail. */
@Service
@NamedInterface("support")
public class SupportDesk {

    private final SupportRepository requests;
    private final Accounts accounts;
    private final EngagementMail mail;

    SupportDesk(SupportRepository requests, Accounts accounts, EngagementMail mail) {
        this.requests = requests;
        this.accounts = accounts;
        this.mail = mail;
    }

    /** Records the request with its first message and tells every coordinator. */
    @Transactional
    public long ask(SignedInUser user, SupportCategory category, String subject, String message) {
        long id = requests.insert(user.id(), user.displayName(), user.email(), category, subject.strip(), false);
        requests.addMessage(id, user.id(), user.displayName(), false, message.strip());
        accounts.coordinators()
                .forEach(c -> mail.send(
                        c.email(),
                        "support.mail.new",
                        "/coordinator/support/" + id,
                        user.displayName(),
                        subject.strip()));
        return id;
    }

    /**
     * Records an illustrative request of the demo partnership, already handled: the first message, then the
     * coordinator's answer (the request is theirs) and its status. Nobody is e-mailed.
     */
    @Transactional
    public long recordDemo(
            Contact from,
            SupportCategory category,
            String subject,
            String message,
            Contact coordinator,
            String answer,
            SupportStatus status) {
        long id = recordDemo(from, category, subject, message);
        requests.addMessage(id, coordinator.id(), coordinator.displayName(), true, answer);
        requests.assign(id, coordinator.id(), coordinator.displayName());
        requests.setStatus(id, status);
        return id;
    }

    /** Records an illustrative, open request of the demo partnership with its first message. Nobody is e-mailed. */
    @Transactional
    public long recordDemo(Contact from, SupportCategory category, String subject, String message) {
        long id = requests.insert(from.id(), from.displayName(), from.email(), category, subject, true);
        requests.addMessage(id, from.id(), from.displayName(), false, message);
        return id;
    }

    /** The requester writes again, which reopens the request; the assigned coordinator hears of it. */
    @Transactional
    void reply(SupportRequest request, SignedInUser user, String message) {
        requests.addMessage(request.id(), user.id(), user.displayName(), false, message.strip());
        requests.setStatus(request.id(), SupportStatus.OPEN);
        accounts.coordinators().stream()
                .filter(c -> request.assigneeId() == null || c.id() == request.assigneeId())
                .forEach(c -> mail.send(
                        c.email(),
                        "support.mail.reply",
                        "/coordinator/support/" + request.id(),
                        user.displayName(),
                        request.subject()));
    }

    /** A coordinator answers; the requester is e-mailed a link to the thread. */
    @Transactional
    public void answer(SupportRequest request, SignedInUser coordinator, String message) {
        requests.addMessage(request.id(), coordinator.id(), coordinator.displayName(), true, message.strip());
        requests.setStatus(request.id(), SupportStatus.ANSWERED);
        if (request.assigneeId() == null) {
            requests.assign(request.id(), coordinator.id(), coordinator.displayName());
        }
        mail.send(request.requesterEmail(), "support.mail.answered", "/support/" + request.id(), request.subject());
    }

    @Transactional
    void close(SupportRequest request) {
        requests.setStatus(request.id(), SupportStatus.CLOSED);
    }

    /** Assigns the request to a coordinator, or to nobody when the id is not a coordinator's. */
    @Transactional
    void assign(SupportRequest request, Long coordinatorId) {
        Optional<Contact> coordinator = coordinators().stream()
                .filter(c -> coordinatorId != null && c.id() == coordinatorId)
                .findFirst();
        requests.assign(
                request.id(),
                coordinator.map(Contact::id).orElse(null),
                coordinator.map(Contact::displayName).orElse(null));
    }

    public Optional<SupportRequest> find(long id) {
        return requests.find(id);
    }

    List<SupportRequest> of(SignedInUser user) {
        return requests.ofRequester(user.id());
    }

    /** The coordinators' queue of requests still waiting for an answer. */
    public static final String OPEN_QUEUE = "/coordinator/support?status=OPEN";

    /** How many requests the queue at {@link #OPEN_QUEUE} lists. */
    public int openRequests(SignedInUser coordinator) {
        return queue(new SupportFilter(SupportStatus.OPEN, null, null), coordinator)
                .size();
    }

    List<SupportRequest> queue(SupportFilter filter, SignedInUser coordinator) {
        return requests.search(filter, coordinator.id());
    }

    List<SupportMessage> thread(long id) {
        return requests.thread(id);
    }

    List<Contact> coordinators() {
        return accounts.coordinators();
    }
}
