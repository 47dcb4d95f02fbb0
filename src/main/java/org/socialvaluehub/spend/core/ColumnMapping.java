package org.socialvaluehub.spend.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a spend file holds which field, where that came from, and what is still in doubt.
 *
 * <p>Columns are numbered from 1, as a person reading the spreadsheet counts them.
 *
 * @param columns the mapped fields and their columns
 * @param headings the heading text of each mapped column, empty when the file has no header
 * @param source how the mapping was found
 * @param ambiguities the fields left unmapped because two columns or two meanings competed
 */
public record ColumnMapping(
        Map<SpendField, Integer> columns,
        Map<SpendField, String> headings,
        Source source,
        List<MappingAmbiguity> ambiguities) {

    /** How a mapping was found. */
    public enum Source {
        /** read from the file's header row with the synonym dictionary */
        HEADER,
        /** guessed from the content of a file without a header: a proposal to confirm */
        INFERRED,
        /** given by the caller, for example remembered for the publisher */
        CONFIRMED
    }

    public ColumnMapping {
        columns = Collections.unmodifiableMap(copy(columns));
        headings = Collections.unmodifiableMap(copy(headings));
        ambiguities = List.copyOf(ambiguities);
        for (int column : columns.values()) {
            if (column < 1) {
                throw new IllegalArgumentException("columns are numbered from 1");
            }
        }
    }

    /** A mapping the person has confirmed; it overrides whatever the reader would detect. */
    public static ColumnMapping confirmed(Map<SpendField, Integer> columns) {
        return new ColumnMapping(columns, Map.of(), Source.CONFIRMED, List.of());
    }

    /** The column of the field, numbered from 1, or 0 when the field is not mapped. */
    public int column(SpendField field) {
        Integer column = columns.get(field);
        return column == null ? 0 : column;
    }

    /** True when a person must look at the mapping before the data can be trusted. */
    public boolean needsConfirmation() {
        return source == Source.INFERRED || !ambiguities.isEmpty();
    }

    private static <V> EnumMap<SpendField, V> copy(Map<SpendField, V> map) {
        return map.isEmpty() ? new EnumMap<>(SpendField.class) : new EnumMap<>(map);
    }
}
