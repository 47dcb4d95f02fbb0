package org.socialvaluehub.engagement.events;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** One person's place at an event, or their place on its waiting list. */
@NamedInterface("events")
public record Registration(
        long id,
        long eventId,
        long userId,
        long organisationId,
        String name,
        String email,
        Status status,
        Instant registeredAt) {

    /** Whether the person has a place or is waiting for one. */
    @NamedInterface("events")
    public enum Status {
        REGISTERED,
        WAITING
    }
}
