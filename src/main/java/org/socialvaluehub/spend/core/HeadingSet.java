package org.socialvaluehub.spend.core;

import java.util.Locale;

/**
 * A file's headings as one comparable text, so a remembered column mapping is used only for files headed as the one
 * it was made for: case and spacing do not count, order and wording do.
 */
public final class HeadingSet {

    private HeadingSet() {}

    /**
     * The headings, trimmed, lower-cased and with runs of spaces as one, joined by " | "; a headerless file by width.
     */
    public static String of(String[] header, int width) {
        if (header == null) {
            return "(no header: " + width + " columns)";
        }
        StringBuilder set = new StringBuilder();
        for (String heading : header) {
            if (!set.isEmpty()) {
                set.append(" | ");
            }
            set.append(Blanks.trim(heading)
                    .replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ")
                    .toLowerCase(Locale.ROOT));
        }
        return set.toString();
    }
}
