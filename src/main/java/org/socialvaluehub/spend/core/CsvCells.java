package org.socialvaluehub.spend.core;

/** Writes cells for a CSV export that a spreadsheet will show as text, never run as a formula. */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell quoted as needed, with a leading apostrophe when it starts like a formula (=, +, -, @, tab, CR). */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** One CSV line, ending in CRLF. */
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
}
