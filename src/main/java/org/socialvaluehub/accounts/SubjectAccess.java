package org.socialvaluehub.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A subject access export: everything each module holds about one person, asked of the modules
 * themselves. Every export made is recorded in the audit log.
 */
@Service
class SubjectAccess {

    /** The export: who it is about, when it was made, and each table's rows with why they are held. */
    record Export(long personId, String email, Instant madeAt, List<Section> sections) {}

    /** One table's rows, with values as text, numbers or yes/no. */
    record Section(String table, String purpose, List<Map<String, Object>> rows) {}

    private final List<PersonalDataHolder> holders;
    private final AuditLog audit;
    private final MessageSource messages;

    SubjectAccess(List<PersonalDataHolder> holders, AuditLog audit, MessageSource messages) {
        this.holders = holders;
        this.audit = audit;
        this.messages = messages;
    }

    Export export(UserAccount account, String readBy, String format) {
        PersonalDataHolder.Subject person = new PersonalDataHolder.Subject(account.id(), account.email());
        List<Section> sections = holders.stream()
                .flatMap(h -> h.export(person).stream())
                .map(r -> new Section(
                        r.table(),
                        messages.getMessage(r.purpose(), null, r.purpose(), Locale.UK),
                        r.rows().stream().map(SubjectAccess::plain).toList()))
                .toList();
        audit.record(
                AuditLog.EventType.SUBJECT_ACCESS_EXPORTED,
                account.id(),
                account.email(),
                format + " read by " + readBy);
        return new Export(account.id(), account.email(), Instant.now(), sections);
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column, plain(value)));
        return plain;
    }

    private static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        return value == null || value instanceof Number || value instanceof Boolean ? value : value.toString();
    }
}
