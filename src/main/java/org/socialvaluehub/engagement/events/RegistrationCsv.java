package org.socialvaluehub.engagement.events;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** An event's registration list as CSV, every cell safe to open in a spreadsheet. */
final class RegistrationCsv {

    private static final DateTimeFormatter REGISTERED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RegistrationCsv() {
    }

    static String of(List<Registration> registrations, Map<Long, String> organisationNames) {
        StringBuilder csv = new StringBuilder(row("name", "organisation", "email", "registered_at", "status"));
        for (Registration r : registrations) {
            csv.append(row(r.name(), organisationNames.getOrDefault(r.organisationId(), ""), r.email(),
                    REGISTERED_AT.format(r.registeredAt().atZone(Event.LONDON)), r.status().name().toLowerCase()));
        }
        return csv.toString();
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder();
        for (String cell : cells) {
            row.append(row.isEmpty() ? "" : ",").append(cell(cell));
        }
        return row.append("\r\n").toString();
    }

    /** A cell a spreadsheet shows as text: one starting like a formula (= + - @ tab CR) gets a leading apostrophe. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
