package org.socialvaluehub.engagement.events;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One event as an iCalendar file (RFC 5545), so people can add it to their own calendar. */
final class EventCalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private EventCalendar() {}

    static String of(Event event, String eventUrl, String host, Instant now) {
        String location = event.format() == EventFormat.IN_PERSON ? event.venue() + ", " + event.postcode() : eventUrl;
        return String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Social Value Hub//Events//EN",
                "CALSCALE:GREGORIAN",
                "BEGIN:VEVENT",
                "UID:event-" + event.id() + "@" + host,
                "DTSTAMP:" + UTC.format(now),
                "DTSTART:" + UTC.format(event.startsAt()),
                "DTEND:" + UTC.format(event.endsAt()),
                fold("SUMMARY:" + text((event.cancelled() ? "Cancelled: " : "") + event.title())),
                fold("DESCRIPTION:" + text(event.description())),
                fold("LOCATION:" + text(location)),
                fold("URL:" + eventUrl),
                "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    /** Escapes backslashes, semicolons, commas and line breaks as RFC 5545 asks. */
    static String text(String value) {
        return (value == null ? "" : value)
                .replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Folds lines longer than 75 characters onto continuation lines that start with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int start = 0;
        while (line.length() - start > 75) {
            folded.append(line, start, start + 75).append("\r\n ");
            start += 75;
        }
        return folded.append(line.substring(start)).toString();
    }
}
