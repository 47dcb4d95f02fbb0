package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary of column headings publishers use for each spend field, and how closely a heading matches it.
 *
 * <p>A heading matches at one of four strengths: a main name, a secondary name (a publisher that shows both
 * "Payment Date" and "Invoice Date" means the payment), a name with a small typo, or a longer heading that ends
 * in a known name ("HBC ref no").
 */
final class HeaderSynonyms {

    static final int MAIN = 0;
    static final int SECONDARY = 1;
    static final int TYPO = 2;
    static final int SUFFIX = 3;

    /** One field a heading could mean, and how strongly. */
    record Match(SpendField field, int strength) {}

    /** Every known heading with its field and strength, from {@code header-synonyms.txt} beside this class. */
    private static final Map<String, Match> EXACT = read("header-synonyms.txt");

    private HeaderSynonyms() {}

    /** Reads the dictionary: {@code [FIELD main]} or {@code [FIELD secondary]}, then one heading a line. */
    static Map<String, Match> read(String resource) {
        Map<String, Match> exact = new HashMap<>();
        Match section = null;
        try (InputStream in = HeaderSynonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                if (name.startsWith("[")) {
                    String[] words = name.substring(1, name.length() - 1).split(" ");
                    section = new Match(SpendField.valueOf(words[0]), strength(words[1]));
                } else if (section == null || exact.put(name, section) != null) {
                    throw new IllegalStateException("heading outside a section or listed twice: " + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exact;
    }

    private static int strength(String word) {
        return switch (word) {
            case "main" -> MAIN;
            case "secondary" -> SECONDARY;
            default -> throw new IllegalStateException("a section is main or secondary, not " + word);
        };
    }

    /** The fields the heading could mean at its strongest match; more than one means the heading is ambiguous. */
    static List<Match> match(String heading) {
        String name = HeaderNames.normalise(heading);
        List<Match> best = new ArrayList<>(1);
        if (name.isEmpty()) {
            return best;
        }
        Match exact = EXACT.get(name);
        if (exact != null) {
            best.add(exact);
            return best;
        }
        int bound = name.length() < 5 ? 0 : name.length() < 10 ? 1 : 2;
        int bestDistance = bound + 1;
        for (Map.Entry<String, Match> entry : EXACT.entrySet()) {
            int d = HeaderNames.distance(name, entry.getKey(), bound);
            if (d < bestDistance) {
                best.clear();
                bestDistance = d;
            }
            if (d == bestDistance
                    && d <= bound
                    && !contains(best, entry.getValue().field())) {
                best.add(new Match(entry.getValue().field(), TYPO));
            }
        }
        if (!best.isEmpty()) {
            return best;
        }
        String suffix = name;
        for (int space = suffix.indexOf(' '); space >= 0; space = suffix.indexOf(' ')) {
            suffix = suffix.substring(space + 1);
            Match tail = EXACT.get(suffix);
            if (tail != null && suffix.length() > 2) {
                best.add(new Match(tail.field(), SUFFIX));
                return best;
            }
        }
        return best;
    }

    private static boolean contains(List<Match> matches, SpendField field) {
        return matches.stream().anyMatch(m -> m.field() == field);
    }
}
