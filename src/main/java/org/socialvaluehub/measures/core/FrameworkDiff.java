package org.socialvaluehub.measures.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What changed between two framework versions: themes, outcomes, measures and values added, removed or changed. */
public record FrameworkDiff(List<Change> changes) {

    /** The kind of framework part that changed. */
    public enum Part {
        THEME,
        OUTCOME,
        MEASURE,
        VALUE
    }

    /** Whether a part was added, removed or changed. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One field of a part, before and after, spelled as in the framework CSV (empty when absent). */
    public record FieldChange(String field, String before, String after) {}

    /** One part, by code (a value is known by its measure's code), and the fields that differ. */
    public record Change(Part part, Kind kind, String code, List<FieldChange> fields) {}

    public FrameworkDiff {
        changes = List.copyOf(changes);
    }

    public static FrameworkDiff between(Framework before, Framework after) {
        List<Change> changes = new ArrayList<>();
        compare(
                Part.THEME,
                fields(before.themes(), Theme::code, FrameworkFields::of),
                fields(after.themes(), Theme::code, FrameworkFields::of),
                changes);
        compare(
                Part.OUTCOME,
                fields(before.outcomes(), Outcome::code, FrameworkFields::of),
                fields(after.outcomes(), Outcome::code, FrameworkFields::of),
                changes);
        compare(
                Part.MEASURE,
                fields(before.measures(), Measure::code, FrameworkFields::of),
                fields(after.measures(), Measure::code, FrameworkFields::of),
                changes);
        compare(Part.VALUE, values(before), values(after), changes);
        return new FrameworkDiff(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> of(Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    private static <T> Map<String, Map<String, String>> fields(
            List<T> items, Function<T, String> code, Function<T, Map<String, String>> fields) {
        Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
        items.forEach(item -> byCode.put(code.apply(item), fields.apply(item)));
        return byCode;
    }

    private static Map<String, Map<String, String>> values(Framework framework) {
        Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
        framework
                .measures()
                .forEach(measure -> framework
                        .valueOf(measure.code())
                        .ifPresent(value -> byCode.put(measure.code(), FrameworkFields.of(value))));
        return byCode;
    }

    private static void compare(
            Part part,
            Map<String, Map<String, String>> before,
            Map<String, Map<String, String>> after,
            List<Change> changes) {
        before.forEach((code, old) -> {
            if (!after.containsKey(code)) {
                changes.add(new Change(part, Kind.REMOVED, code, fieldChanges(old, Map.of())));
            }
        });
        after.forEach((code, now) -> {
            Map<String, String> old = before.get(code);
            List<FieldChange> fields = fieldChanges(old == null ? Map.of() : old, now);
            if (old == null) {
                changes.add(new Change(part, Kind.ADDED, code, fields));
            } else if (!fields.isEmpty()) {
                changes.add(new Change(part, Kind.CHANGED, code, fields));
            }
        });
    }

    private static List<FieldChange> fieldChanges(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> fields = new ArrayList<>();
        for (String field : FrameworkColumns.ALL) {
            String old = Objects.requireNonNullElse(before.get(field), "");
            String now = Objects.requireNonNullElse(after.get(field), "");
            boolean present = before.containsKey(field) || after.containsKey(field);
            if (present && !old.equals(now)) {
                fields.add(new FieldChange(field, old, now));
            }
        }
        return fields;
    }
}
