package org.socialvaluehub.organisations.credentials;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialvaluehub.organisations.Credential;
import org.socialvaluehub.organisations.DirectoryChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Credentials: organisations claim them with evidence; coordinators verify or reject them and add new kinds. */
@Service
@NamedInterface("credentials")
public class Credentials {

    private final CredentialRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Credentials(CredentialRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    public List<Credential> of(long organisationId) {
        return repository.ofOrganisation(organisationId);
    }

    public Optional<Credential> find(long id) {
        return repository.find(id);
    }

    /**
     * The organisation's claimed or verified credentials whose date falls within the next month: those its admins
     * are reminded of, and marked on its credentials page.
     */
    public List<Credential> expiringSoon(long organisationId) {
        LocalDate today = LocalDate.now(clock);
        return of(organisationId).stream()
                .filter(c -> c.status() == Credential.Status.CLAIMED || c.verified())
                .filter(c -> c.expiresOn() != null
                        && !c.expiresOn().isBefore(today)
                        && !c.expiresOn().isAfter(today.plusMonths(1)))
                .toList();
    }

    public List<Credential> awaitingVerification() {
        return repository.withStatus(Credential.Status.CLAIMED);
    }

    public List<CredentialType> types() {
        return repository.types();
    }

    @Transactional
    public long claim(long organisationId, NewCredential credential) {
        Long fileId = credential.file() == null ? null : repository.insertFile(organisationId, credential.file());
        long id = repository.insert(organisationId, credential, fileId);
        events.publishEvent(new DirectoryChanged(organisationId));
        return id;
    }

    /** Marks a claimed credential verified, recording who checked it and when. */
    @Transactional
    public void verify(long id, String coordinatorName) {
        decide(id, Credential.Status.VERIFIED, coordinatorName, null);
    }

    @Transactional
    public void reject(long id, String coordinatorName, String reason) {
        decide(id, Credential.Status.REJECTED, coordinatorName, reason);
    }

    /** Marks a credential expired (the daily check does this for credentials past their date). */
    @Transactional
    public void expire(long id) {
        decide(id, Credential.Status.EXPIRED, null, null);
    }

    /** Adds a kind of credential; levels separated by "|" (for example "Bronze|Silver|Gold"). */
    @Transactional
    public String addType(String name, String levels) {
        String code = name.strip()
                .toUpperCase(Locale.UK)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
        repository.insertType(code, name.strip(), levels == null || levels.isBlank() ? null : levels.strip());
        return code;
    }

    private void decide(long id, Credential.Status status, String by, String reason) {
        repository.decide(id, status, by, reason);
        repository.find(id).ifPresent(c -> events.publishEvent(new DirectoryChanged(c.organisationId())));
    }

    Optional<EvidenceDownload> evidence(Credential credential) {
        return credential.evidenceFileId() == null ? Optional.empty() : repository.file(credential.evidenceFileId());
    }
}
