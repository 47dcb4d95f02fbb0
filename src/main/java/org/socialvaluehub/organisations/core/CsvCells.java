package org.socialvaluehub.organisations.core;

/** Makes text safe to open in a spreadsheet: a cell starting with = + - @ (or tab/CR) becomes text, not a formula. */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
