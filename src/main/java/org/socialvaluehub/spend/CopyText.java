package org.socialvaluehub.spend;

/** Values written in PostgreSQL's {@code COPY} text format: tab-separated, backslash escapes, {@code \N} for null. */
final class CopyText {

    private CopyText() {
    }

    /** Appends the text escaped for COPY, or {@code \N} for null; NUL characters are dropped (PostgreSQL text cannot hold them). */
    static void append(StringBuilder out, String text) {
        if (text == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> { }
                default -> out.append(c);
            }
        }
    }
}
