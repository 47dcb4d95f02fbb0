package org.socialvaluehub.spend.core;

import java.util.Locale;

/** Reduces a column heading to plain lower-case words, so that {@code Net Amount(£):} reads as {@code net amount}. */
final class HeaderNames {

    private HeaderNames() {}

    static String normalise(String heading) {
        if (heading == null) {
            return "";
        }
        String lower = heading.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
                space = false;
            } else if (!space && c != '\'') {
                out.append(' '); // "supplier_name", "Supplier-Name" and "Supplier.Name" are one name
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    /** Optimal string alignment distance, given up once it exceeds {@code bound}. */
    static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound) {
            return bound + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1); // a swap of two letters is one slip of the finger
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}
