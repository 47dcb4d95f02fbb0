package org.socialvaluehub.spend.imports;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.SpendField;

/** A confirmed column mapping as stored: {@code date=4,amount=9,supplierName=6}. */
public final class MappingText {

    private MappingText() {}

    public static String format(ColumnMapping mapping) {
        return mapping.columns().entrySet().stream()
                .map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** The confirmed mapping, or null for no text. */
    public static ColumnMapping parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<SpendField, Integer> columns = new EnumMap<>(SpendField.class);
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=");
            for (SpendField field : SpendField.values()) {
                if (field.key().equals(parts[0])) {
                    columns.put(field, Integer.parseInt(parts[1]));
                }
            }
        }
        return ColumnMapping.confirmed(columns);
    }
}
