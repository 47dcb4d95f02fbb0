package org.socialvaluehub.engagement.events;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** An event as its organiser posts it, already checked. */
@NamedInterface("events")
public record NewEvent(
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        EventFormat format,
        String venue,
        String postcode,
        String onlineLink,
        int capacity,
        Long buyerId,
        long createdBy) {}
