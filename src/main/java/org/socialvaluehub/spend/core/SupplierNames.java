package org.socialvaluehub.spend.core;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces the many spellings of one supplier in spend files to one key: "EDF Energy Ltd - 9044031649",
 * "E.D.F. ENERGY LIMITED" and "edf energy" all become {@code edf energy}.
 */
public final class SupplierNames {

    // "T/A Brookfield Farm": the trading name follows; the part before is the legal name we keep.
    private static final Pattern TRADING_AS = Pattern.compile("(?i)\\s+(t/a|t\\.a\\.|trading as)\\s+.*$");
    // "EDF Energy - 9044031649", "Acme Ltd (Acc 12345)", "Acme Ltd A/C 778899"
    private static final Pattern ACCOUNT_SUFFIX = Pattern.compile(
            "(?i)\\s*([-–/:#]|\\(|\\b(acc(ount)?|a/c|ref|no\\.?)\\b)\\s*[a-z]{0,3}[0-9][0-9 /-]{3,}\\)?\\s*$");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEGAL_SUFFIX =
            Pattern.compile(" (ltd|limited|plc|llp|llc|inc|co|company|uk|cic|cio|group|the)$");

    private SupplierNames() {}

    /** The matching key of a supplier name; empty when nothing is left (a blank or a bare number). */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        text = TRADING_AS.matcher(text).replaceFirst("");
        text = ACCOUNT_SUFFIX.matcher(text).replaceFirst("");
        text = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace("+", " and ");
        text = text.replace(".", "").replace("'", "").replace("’", "");
        text = NOT_WORD.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ").trim();
        if (text.startsWith("the ")) {
            text = text.substring(4);
        }
        String previous;
        do {
            previous = text;
            text = LEGAL_SUFFIX.matcher(text).replaceFirst("");
        } while (!text.equals(previous));
        return text.chars().allMatch(c -> Character.isDigit(c) || c == ' ') ? "" : text;
    }

    /**
     * How alike two keys are, 0 to 1, by shared three-letter groups (the measure PostgreSQL's pg_trgm uses:
     * each word padded with two spaces before and one after).
     */
    public static double similarity(String a, String b) {
        Set<String> left = trigrams(a);
        Set<String> right = trigrams(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : left) {
            if (right.contains(t)) {
                shared++;
            }
        }
        return (double) shared / (left.size() + right.size() - shared);
    }

    static Set<String> trigrams(String key) {
        Set<String> grams = new HashSet<>();
        for (String word : SPACES.split(key.trim())) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }
}
