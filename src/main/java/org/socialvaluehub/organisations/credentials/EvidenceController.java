package org.socialvaluehub.organisations.credentials;

import org.socialvaluehub.organisations.Credential;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SensitiveRecordRead;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sends an evidence file, only to the organisation's people and coordinators of the directory, and records the
 * read in the audit log: always as an
 * attachment, with the type detected at upload and no sniffing, so a file can never run as a page.
 */
@RestController
class EvidenceController {

    private final Credentials credentials;
    private final ApplicationEventPublisher events;

    EvidenceController(Credentials credentials, ApplicationEventPublisher events) {
        this.credentials = credentials;
        this.events = events;
    }

    @GetMapping("/organisations/{id}/credentials/{credentialId}/evidence")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long credentialId, SignedInUser user) {
        Access.requireRole(user, id, Role.values());
        Credential credential = credentials
                .find(credentialId)
                .filter(c -> c.organisationId() == id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        EvidenceDownload file =
                credentials.evidence(credential).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        events.publishEvent(
                new SensitiveRecordRead(user, "credential evidence " + credentialId + " of organisation " + id));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
