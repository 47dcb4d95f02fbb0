package org.socialvaluehub.shared;

import java.util.regex.Pattern;

/**
 * Cells for the CSV files the hub exports, which a spreadsheet shows as text and never runs as a formula
 * (CSV injection, OWASP): a cell that starts with = + - @, tab or carriage return gets a leading apostrophe.
 */
public final class CsvExport {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NEEDS_REVERSIBLE_GUARD = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern REVERSIBLY_GUARDED = Pattern.compile("^'+[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private CsvExport() {}

    /** The text guarded but not quoted, for a CSV writer that quotes cells itself; null becomes empty. */
    public static String text(String value) {
        String text = value == null ? "" : value;
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The text guarded, then quoted when it holds a comma, a quote or a line break. */
    public static String cell(String value) {
        String text = text(value);
        boolean quote =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** One CSV line of cells (null as empty), ending in CRLF. */
    public static String line(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(values[i] == null ? "" : values[i].toString()));
        }
        return line.append("\r\n").toString();
    }

    /**
     * For a file that is imported again: a cell that starts like a formula, possibly after apostrophes, gets one
     * more, which {@link #unguard} removes, so every text survives export and import unchanged.
     */
    public static String guardReversibly(String cell) {
        return NEEDS_REVERSIBLE_GUARD.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** Undoes {@link #guardReversibly} on a cell read back from an exported file. */
    public static String unguard(String cell) {
        return REVERSIBLY_GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
