package org.socialvaluehub.spend.imports;

import java.util.List;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.SpendRow;

/** The first rows of a file under a mapping, and how it is laid out. */
record UploadPreview(ColumnMapping mapping, long headerRow, int width, List<SpendRow> rows) {

    /** The text of the column in the first row that has it, as an example for the person. */
    public String example(int column) {
        return rows.stream()
                .filter(r ->
                        r.cells().size() >= column && !r.cells().get(column - 1).isBlank())
                .map(r -> r.cells().get(column - 1).strip())
                .findFirst()
                .orElse("");
    }

    /** The key of the field mapped to the column, or an empty string. */
    public String fieldAt(int column) {
        return mapping.columns().entrySet().stream()
                .filter(e -> e.getValue() == column)
                .map(e -> e.getKey().key())
                .findFirst()
                .orElse("");
    }

    /** The heading of the column where the mapping knows it, or an empty string. */
    public String headingAt(int column) {
        return mapping.columns().entrySet().stream()
                .filter(e -> e.getValue() == column)
                .map(e -> mapping.headings().getOrDefault(e.getKey(), ""))
                .findFirst()
                .orElse("");
    }
}
