package org.socialvaluehub.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.socialvaluehub.spend.core.Amounts;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.SpendCheckReport;
import org.socialvaluehub.spend.core.SpendField;
import org.socialvaluehub.spend.core.SpendFileException;
import org.socialvaluehub.spend.core.SpendFileLayout;
import tools.jackson.databind.json.JsonMapper;

/** Writes a spend check as one line of JSON, with the field names scripts rely on. */
final class SpendCheckJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SpendCheckJson() {}

    static String report(SpendCheckReport report) {
        SpendFileLayout layout = report.layout();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", report.file());
        json.put(
                "encoding", layout.encoding() == null ? null : layout.encoding().name());
        json.put("delimiter", layout.delimiter() == 0 ? null : String.valueOf(layout.delimiter()));
        json.put("headerRow", layout.headerRow() == 0 ? null : layout.headerRow());
        json.put("columnMapping", mapping(layout.mapping()));
        json.put("rowsRead", report.rowsRead());
        json.put("rowsAccepted", report.rowsAccepted());
        json.put("rowsRejected", report.rowsRejected());
        json.put("amountTotal", Amounts.format(report.amountTotalPence()));
        json.put("acceptedTotal", Amounts.format(report.acceptedTotalPence()));
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", report.from() == null ? null : report.from().toString());
        range.put("to", report.to() == null ? null : report.to().toString());
        json.put("dateRange", range);
        json.put(
                "rejected",
                report.rejected().stream()
                        .map(r -> Map.<String, Object>of(
                                "line", r.line(),
                                "reason", SpendWords.reasons(r.problems()),
                                "codes",
                                        r.problems().stream()
                                                .map(p -> p.code().name())
                                                .toList()))
                        .toList());
        return JSON.writeValueAsString(json);
    }

    static Map<String, Object> mapping(ColumnMapping mapping) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", mapping.source().name().toLowerCase(Locale.ROOT));
        json.put("needsConfirmation", mapping.needsConfirmation());
        Map<String, Object> columns = new LinkedHashMap<>();
        for (SpendField field : SpendField.values()) {
            int column = mapping.column(field);
            if (column > 0) {
                Map<String, Object> where = new LinkedHashMap<>();
                where.put("column", column);
                where.put("heading", mapping.headings().get(field));
                columns.put(field.key(), where);
            }
        }
        json.put("columns", columns);
        json.put(
                "ambiguous",
                mapping.ambiguities().stream()
                        .map(a -> Map.<String, Object>of(
                                "field", a.field().key(), "columns", a.columns(), "reason", a.reason()))
                        .toList());
        return json;
    }

    static String failure(String file, SpendFileException e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("error", e.problem().name());
        json.put("message", e.getMessage());
        return JSON.writeValueAsString(json);
    }
}
