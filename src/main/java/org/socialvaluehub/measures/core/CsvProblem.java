package org.socialvaluehub.measures.core;

/** One thing wrong in an uploaded CSV: the line it is on (as a spreadsheet numbers it), the column, and what to fix. */
public record CsvProblem(long line, String column, String message) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
