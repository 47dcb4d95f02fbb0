package org.socialvaluehub.organisations.credentials;

import java.time.LocalDate;
import org.socialvaluehub.organisations.core.EvidenceType;
import org.springframework.modulith.NamedInterface;

/** A credential an organisation claims, with a link or a checked evidence file. */
@NamedInterface("credentials")
public record NewCredential(
        String typeCode, String level, String evidenceLink, EvidenceFile file, LocalDate expiresOn) {

    /** An uploaded file whose type was recognised from its content. */
    @NamedInterface("credentials")
    public record EvidenceFile(String fileName, EvidenceType type, byte[] content) {}
}
