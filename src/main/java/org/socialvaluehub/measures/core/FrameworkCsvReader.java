package org.socialvaluehub.measures.core;

import static org.socialvaluehub.measures.core.FrameworkColumns.*;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.socialvaluehub.shared.CsvExport;

/**
 * Reads a framework CSV (see {@link FrameworkColumns} for the header). Every row is checked and every
 * problem is reported with its line; a framework is returned only when there are none, so a bad file
 * changes nothing. Accepts a byte order mark, CRLF or LF, quoted commas and blank lines; cells are trimmed.
 */
public final class FrameworkCsvReader {

    private FrameworkCsvReader() {}

    /** @throws CsvRejectedException with every problem found, if there is any */
    public static Framework read(byte[] bytes) {
        String text;
        try {
            text = CsvText.decodeUtf8(bytes);
        } catch (InvalidInputException e) {
            throw new CsvRejectedException(
                    List.of(new CsvProblem(0, null, e.problems().get(0).message())));
        }
        List<CsvRecord> all = CsvText.records(text, CommentStrategy.READ);
        List<CsvRecord> comments = all.stream().filter(CsvRecord::isComment).toList();
        List<CsvRecord> records = all.stream()
                .filter(record -> !record.isComment() && !CsvText.isBlankRecord(record))
                .toList();
        if (records.isEmpty()) {
            throw new CsvRejectedException(List.of(new CsvProblem(1, null, "the file is empty")));
        }
        List<CsvProblem> problems = new ArrayList<>();
        Map<String, Integer> header = header(records.get(0), problems);
        if (!problems.isEmpty()) {
            throw new CsvRejectedException(problems);
        }
        List<FrameworkCsvRow> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.getFieldCount() != header.size()) {
                problems.add(new CsvProblem(
                        record.getStartingLineNumber(),
                        null,
                        "has " + record.getFieldCount() + " cells but the header has " + header.size()
                                + "; is a comma inside an unquoted cell?"));
                continue;
            }
            rows.add(FrameworkCsvRow.parse(
                    new RowCells(record.getStartingLineNumber(), cells(record, header), problems)));
        }
        FrameworkAssembly assembly = new FrameworkAssembly(problems);
        rows.forEach(assembly::add);
        PriceBasis basis = PriceBasisLines.read(comments, problems);
        if (!problems.isEmpty()) {
            throw new CsvRejectedException(problems);
        }
        return assembly.framework().withPriceBasis(basis);
    }

    private static Map<String, Integer> header(CsvRecord record, List<CsvProblem> problems) {
        long line = record.getStartingLineNumber();
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i).strip().toLowerCase(Locale.ROOT);
            if (!ALL.contains(name)) {
                problems.add(new CsvProblem(line, name, "is not a column of the framework CSV"));
            } else if (header.putIfAbsent(name, i) != null) {
                problems.add(new CsvProblem(line, name, "appears twice in the header"));
            }
        }
        List<String> missing = ALL.stream()
                .filter(column -> !header.containsKey(column) && !ADDED_LATER.contains(column))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(new CsvProblem(line, null, "missing column(s): " + String.join(", ", missing)));
        }
        return header;
    }

    private static Map<String, String> cells(CsvRecord record, Map<String, Integer> header) {
        Map<String, String> cells = new HashMap<>();
        header.forEach((column, index) ->
                cells.put(column, CsvExport.unguard(record.getField(index).strip())));
        return cells;
    }

    /** Gathers themes, outcomes, measures and values in file order, checking codes agree across rows. */
    private static final class FrameworkAssembly {
        private final List<CsvProblem> problems;
        private final Map<String, FrameworkCsvRow> themes = new LinkedHashMap<>();
        private final Map<String, FrameworkCsvRow> outcomes = new LinkedHashMap<>();
        private final Map<String, FrameworkCsvRow> measures = new LinkedHashMap<>();

        FrameworkAssembly(List<CsvProblem> problems) {
            this.problems = problems;
        }

        void add(FrameworkCsvRow row) {
            agree(themes, row, row.theme().code(), row.theme(), FrameworkCsvRow::theme, THEME_NAME, "theme");
            if (row.outcome() != null) {
                agree(
                        outcomes,
                        row,
                        row.outcome().code(),
                        row.outcome(),
                        FrameworkCsvRow::outcome,
                        OUTCOME_NAME,
                        "outcome");
            }
            if (row.measure() != null && row.measure().code() != null) {
                FrameworkCsvRow first = measures.putIfAbsent(row.measure().code(), row);
                if (first != null) {
                    problems.add(new CsvProblem(
                            row.line(),
                            MEASURE_CODE,
                            "'" + row.measure().code() + "' is already used on line " + first.line()
                                    + "; measure codes must be unique"));
                }
            }
        }

        /** The same theme or outcome code must carry the same details on every row it appears on. */
        private <T> void agree(
                Map<String, FrameworkCsvRow> seen,
                FrameworkCsvRow row,
                String code,
                T item,
                Function<FrameworkCsvRow, T> part,
                String column,
                String what) {
            if (code == null) {
                return;
            }
            FrameworkCsvRow first = seen.putIfAbsent(code, row);
            if (first != null && !Objects.equals(part.apply(first), item)) {
                problems.add(new CsvProblem(
                        row.line(),
                        column,
                        "the " + what + " '" + code + "' has different " + "details here than on line " + first.line()
                                + "; every row must describe it the same way"));
            }
        }

        Framework framework() {
            Map<String, ProxyValue> values = new LinkedHashMap<>();
            measures.forEach((code, row) -> {
                if (row.value() != null) {
                    values.put(code, row.value());
                }
            });
            return new Framework(
                    themes.values().stream().map(FrameworkCsvRow::theme).toList(),
                    outcomes.values().stream().map(FrameworkCsvRow::outcome).toList(),
                    measures.values().stream().map(FrameworkCsvRow::measure).toList(),
                    values);
        }
    }
}
