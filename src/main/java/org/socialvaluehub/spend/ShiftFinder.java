package org.socialvaluehub.spend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds expense types with large spend outside the area where suppliers inside the area exist. The directory has no
 * CPV categories yet, so an in-area supplier "fits" a category when its name shares a word with the expense type
 * ("Catering" and "Bramble Catering Ltd"): an approximation to replace with the directory's categories.
 */
@Component
class ShiftFinder {

    static final int SHOWN = 5;
    private static final Set<String> NOT_KEYWORDS = Set.of("services", "service", "other", "costs", "cost", "fees",
        "general", "supplies", "and", "the", "for", "misc", "miscellaneous", "contract", "contracts", "charges");

    private final SupplierNameRepository names;
    private final SupplierFacts facts;

    ShiftFinder(SupplierNameRepository names, SupplierFacts facts) {
        this.names = names;
        this.facts = facts;
    }

    List<DashboardView.Shift> find(List<DashboardRepository.CategorySupplierSpend> rows, Map<String, Long> resolved) {
        List<SupplierNameRepository.Candidate> directory = names.candidates();
        Map<Long, SupplierFacts.Facts> known = facts.of(directory.stream().map(SupplierNameRepository.Candidate::id).toList());
        Map<String, long[]> byCategory = new HashMap<>();
        for (var row : rows) {
            Long org = resolved.get(row.supplierKey());
            Boolean inArea = org == null ? null : known.getOrDefault(org, SupplierFacts.Facts.UNKNOWN).inArea();
            if (inArea != null && !row.expenseType().isBlank()) {
                byCategory.computeIfAbsent(row.expenseType(), k -> new long[2])[inArea ? 1 : 0] += row.pence();
            }
        }
        List<DashboardView.Shift> shifts = new ArrayList<>();
        byCategory.entrySet().stream().filter(e -> e.getValue()[0] > 0)
            .sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed())
            .forEach(e -> {
                List<String> local = directory.stream()
                    .filter(c -> Boolean.TRUE.equals(known.getOrDefault(c.id(), SupplierFacts.Facts.UNKNOWN).inArea()))
                    .filter(c -> fits(c.name(), e.getKey())).map(SupplierNameRepository.Candidate::name).sorted()
                    .limit(SHOWN).toList();
                if (!local.isEmpty() && shifts.size() < SHOWN) {
                    shifts.add(new DashboardView.Shift(e.getKey(), e.getValue()[0], e.getValue()[1], local));
                }
            });
        return shifts;
    }

    static boolean fits(String supplierName, String expenseType) {
        String name = supplierName.toLowerCase(Locale.ROOT);
        for (String word : expenseType.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.length() >= 4 && !NOT_KEYWORDS.contains(word)) {
                String stem = word.length() > 6 ? word.substring(0, 6) : word;
                if (name.matches(".*\\b" + stem + ".*")) {
                    return true;
                }
            }
        }
        return false;
    }
}
