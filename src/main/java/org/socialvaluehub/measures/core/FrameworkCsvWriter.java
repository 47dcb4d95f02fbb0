package org.socialvaluehub.measures.core;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.shared.CsvExport;

/**
 * Writes a framework as CSV: one row a measure, grouped by theme then outcome, with its value and
 * provenance. UTF-8 without a byte order mark, CRLF line ends (RFC 4180), quotes only where needed, and
 * cells guarded against formula injection. An outcome without measures, or a theme without outcomes, gets
 * a row of its own with the later columns empty, so nothing is lost on the way back in.
 */
public final class FrameworkCsvWriter {

    private FrameworkCsvWriter() {}

    public static byte[] write(Framework framework) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder()
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(LineDelimiter.CRLF)
                .build(text)) {
            PriceBasisLines.write(csv, framework.priceBasis());
            csv.writeRecord(FrameworkColumns.ALL);
            for (Theme theme : framework.themes()) {
                List<Outcome> outcomes = framework.outcomes().stream()
                        .filter(o -> o.themeCode().equals(theme.code()))
                        .toList();
                if (outcomes.isEmpty()) {
                    write(csv, FrameworkFields.of(theme));
                }
                for (Outcome outcome : outcomes) {
                    writeOutcome(csv, framework, theme, outcome);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeOutcome(CsvWriter csv, Framework framework, Theme theme, Outcome outcome) {
        Map<String, String> outcomeFields = new HashMap<>(FrameworkFields.of(theme));
        outcomeFields.putAll(FrameworkFields.of(outcome));
        List<Measure> measures = framework.measures().stream()
                .filter(m -> m.outcomeCode().equals(outcome.code()))
                .toList();
        if (measures.isEmpty()) {
            write(csv, outcomeFields);
        }
        for (Measure measure : measures) {
            Map<String, String> row = new HashMap<>(outcomeFields);
            row.putAll(FrameworkFields.of(measure));
            row.putAll(FrameworkFields.of(framework.values().get(measure.code())));
            write(csv, row);
        }
    }

    private static void write(CsvWriter csv, Map<String, String> row) {
        csv.writeRecord(FrameworkColumns.ALL.stream()
                .map(column -> row.get(column) == null ? "" : CsvExport.guardReversibly(row.get(column)))
                .toList());
    }
}
