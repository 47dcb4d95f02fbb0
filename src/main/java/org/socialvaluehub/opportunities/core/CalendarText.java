package org.socialvaluehub.opportunities.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75 octets, and text values
 * escaped (backslash, semicolon, comma, new line).
 */
public final class CalendarText {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder text = new StringBuilder();

    /** Adds one content line, folded as the standard requires. */
    public CalendarText line(String name, String value) {
        String line = name + ":" + value;
        int limit = 75;
        int start = 0;
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > limit) {
                text.append(line, start, i).append("\r\n ");
                start = i;
                octets = 0;
                limit = 74;
            }
            octets += size;
            i += Character.charCount(cp);
        }
        text.append(line.substring(start)).append("\r\n");
        return this;
    }

    public CalendarText text(String name, String value) {
        return line(name, escape(value == null ? "" : value));
    }

    public CalendarText time(String name, Instant instant) {
        return line(name, UTC.format(instant));
    }

    public static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
