package org.socialvaluehub.organisations.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds organisations that are probably the same: they share an identifier, their names (or trading
 * names) normalise the same, or the normalised names are a typo apart. Near names are compared only
 * within the same first three letters, which keeps the work small for tens of thousands of names.
 */
public final class DuplicateDetection {

    /** An organisation as duplicate detection sees it. */
    public record Candidate(long id, List<String> names, List<String> identifiers) {}

    /** Why two organisations look the same. */
    public enum Reason {
        SAME_IDENTIFIER,
        SAME_NAME,
        SIMILAR_NAME
    }

    /** Two likely duplicates, the lower id first. */
    public record Pair(long first, long second, Reason reason) {}

    private DuplicateDetection() {}

    public static List<Pair> find(List<Candidate> candidates) {
        Map<String, Pair> pairs = new LinkedHashMap<>();
        Map<String, List<Long>> byIdentifier = new HashMap<>();
        Map<String, List<Long>> byName = new HashMap<>();
        Map<String, Set<String>> byPrefix = new HashMap<>();
        Map<String, Set<Long>> idsByName = new HashMap<>();
        for (Candidate c : candidates) {
            c.identifiers()
                    .forEach(i -> byIdentifier
                            .computeIfAbsent(i, k -> new ArrayList<>())
                            .add(c.id()));
            for (String name : new LinkedHashSet<>(c.names())) {
                String key = Names.normalise(name);
                if (key.isEmpty()) {
                    continue;
                }
                if (idsByName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.id())) {
                    byName.computeIfAbsent(key, k -> new ArrayList<>()).add(c.id());
                }
                byPrefix.computeIfAbsent(key.substring(0, Math.min(3, key.length())), k -> new LinkedHashSet<>())
                        .add(key);
            }
        }
        byIdentifier.values().forEach(ids -> pairUp(ids, Reason.SAME_IDENTIFIER, pairs));
        byName.values().forEach(ids -> pairUp(ids, Reason.SAME_NAME, pairs));
        for (Set<String> keys : byPrefix.values()) {
            List<String> list = new ArrayList<>(keys);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (Names.likelySame(list.get(i), list.get(j))) {
                        for (long a : idsByName.get(list.get(i))) {
                            for (long b : idsByName.get(list.get(j))) {
                                add(a, b, Reason.SIMILAR_NAME, pairs);
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(pairs.values());
    }

    private static void pairUp(List<Long> ids, Reason reason, Map<String, Pair> pairs) {
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                add(ids.get(i), ids.get(j), reason, pairs);
            }
        }
    }

    private static void add(long a, long b, Reason reason, Map<String, Pair> pairs) {
        if (a == b) {
            return;
        }
        long first = Math.min(a, b);
        long second = Math.max(a, b);
        pairs.putIfAbsent(first + "-" + second, new Pair(first, second, reason));
    }
}
