package org.socialvaluehub.engagement.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

    @Test
    void writesTheEventInUtcWithEscapedTextAndFoldedLines() {
        Event event = new Event(
                7,
                "Meet the buyer; grounds, parks",
                "Line one\nLine two",
                Instant.parse("2027-07-01T09:00:00Z"),
                Instant.parse("2027-07-01T11:00:00Z"),
                EventFormat.IN_PERSON,
                "Town Hall",
                "OX1 1BX",
                null,
                10,
                null,
                null,
                0,
                0,
                null,
                null);
        String ics = EventCalendar.of(
                event, "https://hub.example.org/events/7", "hub.example.org", Instant.parse("2027-06-01T00:00:00Z"));
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .endsWith("END:VCALENDAR\r\n")
                .contains(
                        "DTSTART:20270701T090000Z\r\n",
                        "DTEND:20270701T110000Z\r\n",
                        "UID:event-7@hub.example.org\r\n",
                        "SUMMARY:Meet the buyer\\; grounds\\, parks\r\n",
                        "DESCRIPTION:Line one\\nLine two\r\n",
                        "LOCATION:Town Hall\\, OX1 1BX\r\n",
                        "STATUS:CONFIRMED\r\n");
        assertThat(EventCalendar.fold("X".repeat(160)))
                .isEqualTo("X".repeat(75) + "\r\n " + "X".repeat(75) + "\r\n " + "X".repeat(10));
    }

    @Test
    void aCancelledEventSaysSoSoCalendarsCanStrikeItOut() {
        Event event = new Event(
                8,
                "Cancelled day",
                "",
                Instant.parse("2027-07-01T09:00:00Z"),
                Instant.parse("2027-07-01T11:00:00Z"),
                EventFormat.ONLINE,
                null,
                null,
                "https://meet.example.org/x",
                10,
                null,
                null,
                0,
                0,
                Instant.parse("2027-06-02T00:00:00Z"),
                "The hall flooded");
        String ics = EventCalendar.of(
                event, "https://hub.example.org/events/8", "hub.example.org", Instant.parse("2027-06-03T00:00:00Z"));
        assertThat(ics)
                .contains("STATUS:CANCELLED\r\n", "SUMMARY:Cancelled: Cancelled day\r\n")
                .doesNotContain("CONFIRMED");
    }
}
