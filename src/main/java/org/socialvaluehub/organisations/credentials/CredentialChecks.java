package org.socialvaluehub.organisations.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.socialvaluehub.organisations.core.EvidenceType;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** Checks a claimed credential: a known kind and level, evidence of an accepted type and size, a future expiry date. */
@Component
class CredentialChecks {

    private final Credentials credentials;
    private final Clock clock;

    CredentialChecks(Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The credential to save, or null when the form has errors (all of them recorded). */
    NewCredential check(CredentialForm form, Errors errors) {
        var type = credentials.types().stream()
                .filter(t -> t.code().equals(form.getTypeCode()))
                .findFirst();
        if (form.getTypeCode() != null && !form.getTypeCode().isBlank() && type.isEmpty()) {
            errors.rejectValue("typeCode", "credential.type.missing");
        }
        String level = blankToNull(form.getLevel());
        if (type.isPresent()
                && !type.get().levels().isEmpty()
                && !type.get().levels().contains(level)) {
            errors.rejectValue("level", "credential.level.missing");
        }
        NewCredential.EvidenceFile file = file(form.getEvidenceFile(), errors);
        String link = blankToNull(form.getEvidenceLink());
        if (file == null
                && link == null
                && !errors.hasFieldErrors("evidenceFile")
                && !errors.hasFieldErrors("evidenceLink")) {
            errors.rejectValue("evidenceFile", "credential.evidence.missing");
        }
        LocalDate expires = expiry(form.getExpiresOn(), errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new NewCredential(form.getTypeCode(), type.get().levels().isEmpty() ? null : level, link, file, expires);
    }

    private NewCredential.EvidenceFile file(MultipartFile upload, Errors errors) {
        if (upload == null || upload.isEmpty()) {
            return null;
        }
        if (upload.getSize() > EvidenceType.MAX_BYTES) {
            errors.rejectValue("evidenceFile", "credential.evidence.tooBig");
            return null;
        }
        try {
            byte[] content = upload.getBytes();
            var type = EvidenceType.detect(content);
            if (type.isEmpty()) {
                errors.rejectValue("evidenceFile", "credential.evidence.wrongType");
                return null;
            }
            return new NewCredential.EvidenceFile(
                    safeName(upload.getOriginalFilename(), type.get()), type.get(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDate expiry(String text, Errors errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue("expiresOn", "credential.expiry.missing");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isBefore(LocalDate.now(clock))) {
                errors.rejectValue("expiresOn", "credential.expiry.past");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue("expiresOn", "credential.expiry.invalid");
            return null;
        }
    }

    /** A file name without paths or odd characters, ending in the extension of the detected type. */
    static String safeName(String original, EvidenceType type) {
        String base = original == null
                ? "evidence"
                : original.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        base = base.replaceAll("[^A-Za-z0-9 _-]", "").strip();
        return (base.isEmpty() ? "evidence" : base.substring(0, Math.min(80, base.length()))) + "." + type.extension();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
