package org.socialvaluehub.engagement.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A meet-the-buyer event, with how many places are taken. */
public record Event(long id, String title, String description, Instant startsAt, Instant endsAt, EventFormat format,
                    String venue, String postcode, String onlineLink, int capacity, Long buyerId, String buyerName,
                    int registered, int waiting) {

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

    public boolean past() {
        return endsAt.isBefore(Instant.now());
    }

    Event withBuyerName(String name) {
        return new Event(id, title, description, startsAt, endsAt, format, venue, postcode, onlineLink, capacity, buyerId,
                name, registered, waiting);
    }
}
