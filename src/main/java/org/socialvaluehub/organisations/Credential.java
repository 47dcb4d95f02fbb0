package org.socialvaluehub.organisations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A credential an organisation holds or claims, such as Real Living Wage employer. Only a
 * {@link Status#VERIFIED} credential counts as verified anywhere in the product.
 */
public record Credential(
        long id,
        long organisationId,
        String typeCode,
        String typeName,
        String level,
        String evidenceLink,
        Long evidenceFileId,
        String evidenceFileName,
        LocalDate expiresOn,
        Status status,
        String verifiedBy,
        Instant verifiedAt,
        String rejectedReason) {

    /**
     * Where a credential stands: claimed by the organisation, checked by a coordinator, turned down, or past its date.
     */
    public enum Status {
        CLAIMED,
        VERIFIED,
        REJECTED,
        EXPIRED
    }

    public boolean verified() {
        return status == Status.VERIFIED;
    }

    /** The name with its level, such as "Disability Confident (Leader)". */
    public String title() {
        return level == null ? typeName : typeName + " (" + level + ")";
    }
}
