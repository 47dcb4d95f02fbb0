package org.socialvaluehub.measures;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialvaluehub.measures.core.CsvRejectedException;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.FrameworkColumns;
import org.socialvaluehub.measures.core.FrameworkCsvReader;
import org.socialvaluehub.measures.core.FrameworkCsvWriter;
import org.socialvaluehub.measures.core.InvalidInputException;
import org.socialvaluehub.measures.core.Measure;
import org.socialvaluehub.measures.core.Outcome;
import org.socialvaluehub.measures.core.ProxyValue;
import org.socialvaluehub.measures.core.Theme;

/**
 * One measure edited on a page, applied to a framework by passing the edited row through the framework
 * CSV reader, so a form is checked by exactly the rules an import is, and problems name the same fields.
 */
final class MeasureEdit {

    private MeasureEdit() {}

    /** The measure's row of the framework CSV, by column, as an export would spell it. */
    static Map<String, String> row(Framework framework, String measureCode) {
        String text = new String(FrameworkCsvWriter.write(framework), StandardCharsets.UTF_8);
        for (NamedCsvRecord record :
                CsvReader.builder().commentStrategy(CommentStrategy.SKIP).ofNamedCsvRecord(text)) {
            if (measureCode.equals(record.getField(FrameworkColumns.MEASURE_CODE))) {
                return new HashMap<>(record.getFieldsAsMap());
            }
        }
        throw new InvalidInputException(FrameworkColumns.MEASURE_CODE, "there is no measure " + measureCode);
    }

    /**
     * The framework with the measure {@code originalCode} (null: a new one) replaced by the edited cells.
     *
     * @throws CsvRejectedException  for problems in the cells, by column
     * @throws InvalidInputException for problems with the framework as a whole (a duplicate code, ...)
     */
    static Framework apply(Framework framework, String originalCode, String outcomeCode, Map<String, String> cells) {
        if (cells.getOrDefault(FrameworkColumns.MEASURE_CODE, "").isBlank()) {
            throw new InvalidInputException(
                    FrameworkColumns.MEASURE_CODE, "is missing: give the measure a short code such as JS11");
        }
        Outcome outcome = framework.outcomes().stream()
                .filter(o -> o.code().equals(outcomeCode))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        FrameworkColumns.OUTCOME_CODE, "is missing: choose the outcome the measure serves"));
        Theme theme = framework.themes().stream()
                .filter(t -> t.code().equals(outcome.themeCode()))
                .findFirst()
                .orElseThrow();
        Map<String, String> row = new LinkedHashMap<>();
        row.put(FrameworkColumns.THEME_CODE, theme.code());
        row.put(FrameworkColumns.THEME_NAME, theme.name());
        row.put(FrameworkColumns.OUTCOME_CODE, outcome.code());
        row.put(FrameworkColumns.OUTCOME_NAME, outcome.name());
        row.put(FrameworkColumns.OUTCOME_SOCIAL_VALUE_MODEL, String.join("; ", outcome.socialValueModelRefs()));
        row.put(
                FrameworkColumns.OUTCOME_SDGS,
                outcome.sdgs().stream().map(String::valueOf).collect(Collectors.joining("; ")));
        row.putAll(cells);
        Framework edited = FrameworkCsvReader.read(oneRow(row));
        Measure measure = edited.measures().get(0);
        List<Measure> measures = new ArrayList<>();
        boolean replaced = false;
        for (Measure existing : framework.measures()) {
            boolean same = existing.code().equals(originalCode);
            measures.add(same ? measure : existing);
            replaced |= same;
        }
        if (!replaced) {
            measures.add(measure);
        }
        Map<String, ProxyValue> values = new HashMap<>(framework.values());
        if (originalCode != null) {
            values.remove(originalCode);
        }
        edited.valueOf(measure.code()).ifPresent(value -> values.put(measure.code(), value));
        return new Framework(framework.themes(), framework.outcomes(), measures, values, framework.priceBasis());
    }

    private static byte[] oneRow(Map<String, String> row) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(FrameworkColumns.ALL);
            csv.writeRecord(FrameworkColumns.ALL.stream()
                    .map(c -> row.getOrDefault(c, ""))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
