package org.socialvaluehub.spend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.spend.core.SpendCheckReport;
import org.socialvaluehub.spend.core.SupplierNames;

/** What one import has seen so far: counts, rejections, and the supplier names (with any numbers) its lines gave. */
final class ImportRun {

    long read;
    long accepted;
    long redacted;
    long formula;
    long addedLines;
    long addedPence;
    final List<SpendCheckReport.Rejection> rejections = new ArrayList<>();
    /** Name key → the first spelling seen, to show people. */
    final Map<String, String> names = new HashMap<>();
    /** Name key → company or charity numbers given with it. */
    final Map<String, Set<String>> numbers = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    void reject(long line, String problem) {
        if (rejections.size() < ImportRepository.REJECTIONS_KEPT) {
            rejections.add(new SpendCheckReport.Rejection(line, problem));
        }
    }

    /** The name's key (names repeat thousands of times in a file, so each spelling is normalised once). */
    String key(String name) {
        String key = keys.get(name);
        if (key == null) {
            key = SupplierNames.key(name);
            if (keys.size() < 100_000) {
                keys.put(name, key);
            }
        }
        return key;
    }

    void supplier(String key, String name, String number) {
        if (key.isEmpty()) {
            return;
        }
        names.merge(key, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        if (!number.isEmpty()) {
            numbers.computeIfAbsent(key, k -> new HashSet<>()).add(number);
        }
    }

    ImportResult result(long importId) {
        return new ImportResult(importId, read, accepted, read - accepted, addedLines, redacted, formula, rejections);
    }
}
