package org.socialvaluehub.organisations;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How well a CPV code's label answers a word search, for ranking the codes a person is offered. */
record CpvMatch(CpvCatalogue.Entry entry, boolean wholeWords, boolean startsWithAWord, int level, int length)
        implements Comparable<CpvMatch> {

    CpvMatch(CpvCatalogue.Entry entry, List<String> words) {
        this(
                entry,
                wholeWords(entry.label(), words),
                startsWith(entry.label(), words),
                level(entry.digits()),
                entry.label().length());
    }

    @Override
    public int compareTo(CpvMatch other) {
        if (wholeWords != other.wholeWords) {
            return wholeWords ? -1 : 1;
        }
        if (startsWithAWord != other.startsWithAWord) {
            return startsWithAWord ? -1 : 1;
        }
        if (level != other.level) {
            return Integer.compare(level, other.level);
        }
        if (length != other.length) {
            return Integer.compare(length, other.length);
        }
        return entry.digits().compareTo(other.entry.digits());
    }

    /**
     * The depth of a code in the CPV tree: 2 for a division (45000000), 3 for a group, 4 for a class, 5 for a
     * category and up to 8 for the finest subcategories (the digits after the last significant one are zeros).
     */
    static int level(String digits) {
        int last = digits.length();
        while (last > 2 && digits.charAt(last - 1) == '0') {
            last--;
        }
        return last;
    }

    private static boolean wholeWords(String label, List<String> words) {
        Set<String> labelWords =
                new HashSet<>(Arrays.asList(label.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+")));
        return labelWords.containsAll(words);
    }

    private static boolean startsWith(String label, List<String> words) {
        String lower = label.toLowerCase(Locale.UK);
        return words.stream().anyMatch(lower::startsWith);
    }
}
