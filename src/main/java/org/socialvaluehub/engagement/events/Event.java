package org.socialvaluehub.engagement.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.modulith.NamedInterface;

/** A meet-the-buyer event, with how many places are taken. */
@NamedInterface("events")
public record Event(
        long id,
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
        String buyerName,
        int registered,
        int waiting,
        Instant cancelledAt,
        String cancelReason) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public LocalDate date() {
        return startsAt.atZone(LONDON).toLocalDate();
    }

    public LocalTime startTime() {
        return startsAt.atZone(LONDON).toLocalTime();
    }

    public LocalTime endTime() {
        return endsAt.atZone(LONDON).toLocalTime();
    }

    public int placesLeft() {
        return Math.max(0, capacity - registered);
    }

    public boolean full() {
        return registered >= capacity;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** Still to come and not cancelled: people can register, and organisers can change or cancel it. */
    public boolean open() {
        return !cancelled() && !past();
    }

    /** Where to go, in words: the venue and postcode, or the joining link. */
    String place() {
        return format == EventFormat.IN_PERSON ? venue + ", " + postcode : onlineLink;
    }

    public boolean past() {
        return endsAt.isBefore(Instant.now());
    }

    Event withBuyerName(String name) {
        return new Event(
                id,
                title,
                description,
                startsAt,
                endsAt,
                format,
                venue,
                postcode,
                onlineLink,
                capacity,
                buyerId,
                name,
                registered,
                waiting,
                cancelledAt,
                cancelReason);
    }
}
