package org.socialvaluehub.measures.core;

import java.util.regex.Pattern;

/**
 * Keeps exported cells from running as spreadsheet formulas (CSV injection, OWASP): a cell that starts
 * with = + - @, tab or carriage return, possibly after quotes, gets one more leading single quote, and
 * import removes exactly that quote, so every text survives export and import unchanged.
 */
final class FormulaGuard {

    private static final Pattern NEEDS_GUARD = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern GUARDED = Pattern.compile("^'+[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private FormulaGuard() {
    }

    static String guard(String cell) {
        return NEEDS_GUARD.matcher(cell).matches() ? "'" + cell : cell;
    }

    static String unguard(String cell) {
        return GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
