package org.socialvaluehub.spend.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where spend could shift: spend with suppliers outside the area, grouped by CPV division (the first two digits of the
 * directory categories the suppliers supply), beside the verified suppliers inside the area in the same division. A
 * supplier in several divisions has its spend split evenly between them. Spend that cannot be placed is counted, never
 * dropped: with suppliers not matched to the directory, with matched suppliers without categories, and with
 * categorised suppliers whose location is unknown.
 */
public final class ShiftCategories {

    /**
     * Influenceable spend with one supplier: matched to the directory or not, where it is (null unknown), its CPV
     * codes.
     */
    public record Spend(long pence, boolean matched, Boolean inArea, List<String> cpvCodes) {}

    /** A verified supplier inside the area and its CPV codes. */
    public record Candidate(String name, List<String> cpvCodes) {}

    /** One CPV division with spend outside the area and the in-area suppliers that supply it. */
    public record Category(
            String division, long outOfAreaPence, long inAreaPence, int supplierCount, List<String> suppliers) {}

    /** The categories, largest out-of-area spend first, and the spend that could not be placed. */
    public record Result(List<Category> categories, long unmatchedPence, long uncategorisedPence, long unplacedPence) {

        public long unclassifiedPence() {
            return unmatchedPence + uncategorisedPence + unplacedPence;
        }
    }

    private ShiftCategories() {}

    /**
     * @param shown at most this many categories, and this many supplier names per category
     */
    public static Result find(List<Spend> spend, List<Candidate> candidates, int shown) {
        Map<String, long[]> byDivision = new TreeMap<>();
        long unmatched = 0;
        long uncategorised = 0;
        long unplaced = 0;
        for (Spend s : spend) {
            Set<String> divisions = divisions(s.cpvCodes());
            if (!s.matched()) {
                unmatched += s.pence();
            } else if (divisions.isEmpty()) {
                uncategorised += s.pence();
            } else if (s.inArea() == null) {
                unplaced += s.pence();
            } else {
                long share = s.pence() / divisions.size();
                long rest = s.pence() - share * divisions.size();
                for (String division : divisions) {
                    byDivision.computeIfAbsent(division, d -> new long[2])[s.inArea() ? 1 : 0] += share + rest;
                    rest = 0;
                }
            }
        }
        Map<String, List<String>> local = new TreeMap<>();
        for (Candidate c : candidates) {
            for (String division : divisions(c.cpvCodes())) {
                local.computeIfAbsent(division, d -> new ArrayList<>()).add(c.name());
            }
        }
        List<Category> categories = byDivision.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0 && local.containsKey(e.getKey()))
                .sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> e.getValue()[0])
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(shown)
                .map(e -> {
                    List<String> names =
                            local.get(e.getKey()).stream().distinct().sorted().toList();
                    return new Category(
                            e.getKey(),
                            e.getValue()[0],
                            e.getValue()[1],
                            names.size(),
                            names.subList(0, Math.min(shown, names.size())));
                })
                .toList();
        return new Result(categories, unmatched, uncategorised, unplaced);
    }

    private static Set<String> divisions(List<String> codes) {
        Set<String> divisions = new LinkedHashSet<>();
        for (String code : codes) {
            if (code != null
                    && code.length() >= 2
                    && Character.isDigit(code.charAt(0))
                    && Character.isDigit(code.charAt(1))) {
                divisions.add(code.substring(0, 2));
            }
        }
        return divisions;
    }
}
