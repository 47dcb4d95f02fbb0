package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The cells of one CSV row by column name, turning text into typed values and noting each problem with its line. */
final class RowCells {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final long line;
    private final Map<String, String> cells;
    private final List<CsvProblem> problems;

    RowCells(long line, Map<String, String> cells, List<CsvProblem> problems) {
        this.line = line;
        this.cells = cells;
        this.problems = problems;
    }

    long line() {
        return line;
    }

    String text(String column) {
        return cells.getOrDefault(column, "");
    }

    /** Whether the file has the column at all (columns added later may be missing from older files). */
    boolean has(String column) {
        return cells.containsKey(column);
    }

    boolean blank(String column) {
        return text(column).isEmpty();
    }

    boolean allBlank(List<String> columns) {
        return columns.stream().allMatch(this::blank);
    }

    boolean hasProblemIn(String column) {
        return problems.stream().anyMatch(p -> p.line() == line && column.equals(p.column()));
    }

    void problem(String column, String message) {
        problems.add(new CsvProblem(line, column, message));
    }

    String required(String column) {
        if (blank(column)) {
            problem(column, "is missing");
            return null;
        }
        return text(column);
    }

    String code(String column) {
        String code = required(column);
        if (code != null && !CODE.matcher(code).matches()) {
            problem(column, "'" + code + "' is not a usable code: use letters, digits, '.', '-' or '_', no spaces");
            return null;
        }
        return code;
    }

    BigDecimal decimal(String column) {
        return parsed(column, BigDecimal::new, "is not a number: '%s' (write 1234.50, without £ or commas)");
    }

    Integer integer(String column) {
        return parsed(column, Integer::valueOf, "is not a whole number: '%s'");
    }

    <T> T choice(String column, Function<String, Optional<T>> parse, String allowed) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            problem(column, "'" + text + "' is not known; use one of: " + allowed);
        }
        return value.orElse(null);
    }

    private <T> T parsed(String column, Function<String, T> parse, String message) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            problem(column, String.format(message, text));
            return null;
        }
    }
}
