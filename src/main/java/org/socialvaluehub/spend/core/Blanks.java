package org.socialvaluehub.spend.core;

/** Tells blank cells and padding apart from content in spend files. */
final class Blanks {

    private Blanks() {}

    static boolean isBlank(char c) {
        // U+2020 (†) is what Lambeth's report writer left where non-breaking spaces were.
        return c <= ' ' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\ufeff' || c == '\u2020';
    }

    static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean allBlank(String[] cells) {
        for (String cell : cells) {
            if (!isBlank(cell)) {
                return false;
            }
        }
        return true;
    }

    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }
}
