package org.socialvaluehub.cli;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.Locale;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.MappingAmbiguity;
import org.socialvaluehub.spend.core.SpendCheckReport;
import org.socialvaluehub.spend.core.SpendField;
import org.socialvaluehub.spend.core.SpendFileLayout;

/** Writes a spend check as a short report for a person at a terminal. */
final class SpendCheckText {

    private SpendCheckText() {}

    static String report(SpendCheckReport report) {
        SpendFileLayout layout = report.layout();
        StringBuilder out = new StringBuilder();
        out.append(report.file()).append('\n');
        out.append("  format      ").append(layout.format());
        if (layout.encoding() != null) {
            out.append(", ")
                    .append(layout.encoding().name())
                    .append(", delimiter ")
                    .append(delimiter(layout.delimiter()));
        }
        out.append('\n');
        out.append("  header      ")
                .append(layout.headerRow() == 0 ? "none found" : "line " + layout.headerRow())
                .append('\n');
        ColumnMapping mapping = layout.mapping();
        out.append("  columns     ")
                .append(mapping.source().name().toLowerCase(Locale.ROOT))
                .append(mapping.needsConfirmation() ? ", NEEDS CONFIRMATION" : "")
                .append('\n');
        for (SpendField field : SpendField.values()) {
            int column = mapping.column(field);
            if (column > 0) {
                String heading = mapping.headings().get(field);
                out.append(String.format(
                        "    %-19s column %d%s%n", field.key(), column, heading == null ? "" : " \"" + heading + "\""));
            }
        }
        for (MappingAmbiguity ambiguity : mapping.ambiguities()) {
            out.append("    ? ")
                    .append(ambiguity.field().key())
                    .append(": ")
                    .append(ambiguity.reason())
                    .append('\n');
        }
        out.append(String.format(
                "  rows        %,d read, %,d accepted, %,d rejected%n",
                report.rowsRead(), report.rowsAccepted(), report.rowsRejected()));
        out.append("  amounts     ")
                .append(pounds(report.amountTotal()))
                .append(" in all rows, ")
                .append(pounds(report.acceptedTotal()))
                .append(" accepted\n");
        out.append("  dates       ")
                .append(report.from() == null ? "none" : report.from() + " to " + report.to())
                .append('\n');
        for (SpendCheckReport.Rejection rejection : report.rejected()) {
            out.append("  line ")
                    .append(rejection.line())
                    .append(": ")
                    .append(SpendWords.reasons(rejection.problems()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String delimiter(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }

    private static String pounds(BigDecimal amount) {
        String text = new DecimalFormat("#,##0.00").format(amount.abs());
        return (amount.signum() < 0 ? "-£" : "£") + text;
    }
}
