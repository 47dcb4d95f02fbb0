package org.socialvaluehub.engagement.events;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.shared.CsvExport;

/** An event's registration list as CSV, every cell safe to open in a spreadsheet. */
final class RegistrationCsv {

    private static final DateTimeFormatter REGISTERED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RegistrationCsv() {}

    static String of(List<Registration> registrations, Map<Long, String> organisationNames) {
        StringBuilder csv = new StringBuilder(row("name", "organisation", "email", "registered_at", "status"));
        for (Registration r : registrations) {
            csv.append(row(
                    r.name(),
                    organisationNames.getOrDefault(r.organisationId(), ""),
                    r.email(),
                    REGISTERED_AT.format(r.registeredAt().atZone(Event.LONDON)),
                    r.status().name().toLowerCase()));
        }
        return csv.toString();
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder();
        for (String cell : cells) {
            row.append(row.isEmpty() ? "" : ",").append(CsvExport.cell(cell));
        }
        return row.append("\r\n").toString();
    }
}
