package org.socialvaluehub.organisations.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Organisation names reduced to what makes them the same firm: case, accents and punctuation
 * dropped, "&" read as "and", "Limited" as "Ltd", and a trailing "UK" or "(UK)" ignored, so
 * "Green Cleaning Ltd" and "GREEN CLEANING LIMITED" compare equal.
 */
public final class Names {

    private Names() {}

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.UK)
                .replace("&", " and ")
                .replace("+", " and ");
        text = text.replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        text = (" " + text + " ")
                .replace(" limited ", " ltd ")
                .replace(" public limited company ", " plc ")
                .replace(" company ", " co ")
                .strip();
        text = text.replaceAll("( uk)+$", "").strip();
        text = text.replaceAll(" (ltd|plc|llp)$", "").strip();
        return text.replaceAll("( uk)+$", "").strip();
    }

    /** Levenshtein distance, for names that differ by a typo. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Whether two names probably belong to the same organisation: equal once normalised, or within a
     * small edit distance (1 for short names, 2 from 12 characters), never for names under 5 characters.
     */
    public static boolean likelySame(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.equals(y)) {
            return !x.isEmpty();
        }
        int shorter = Math.min(x.length(), y.length());
        if (shorter < 5) {
            return false;
        }
        return distance(x, y) <= (shorter >= 12 ? 2 : 1);
    }
}
