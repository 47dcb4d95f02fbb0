package org.socialvaluehub.engagement.support;

import java.time.Instant;

/** A request for help from one person to the coordinators. */
public record SupportRequest(
        long id,
        long requesterId,
        String requesterName,
        String requesterEmail,
        SupportCategory category,
        String subject,
        SupportStatus status,
        Long assigneeId,
        String assigneeName,
        Instant createdAt,
        Instant updatedAt) {}
