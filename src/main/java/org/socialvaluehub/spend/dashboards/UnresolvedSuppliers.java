package org.socialvaluehub.spend.dashboards;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.spend.core.PayeePrivacy;
import org.socialvaluehub.spend.suppliers.SupplierNameRepository;

/** For each share, the suppliers with the most spend it could not classify: where better data helps most. */
final class UnresolvedSuppliers {

    static final int SHOWN = 5;

    private UnresolvedSuppliers() {}

    static Map<String, List<DashboardView.Unresolved>> largest(
            DashboardShares shares,
            Map<String, Long> resolved,
            Map<Long, SupplierFacts.Facts> known,
            SupplierNameRepository names) {
        Map<String, List<Map.Entry<String, Long>>> largest = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (String kind : DashboardShares.KINDS) {
            List<Map.Entry<String, Long>> top = shares.unknown(kind).entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry::getKey))
                    .limit(SHOWN)
                    .toList();
            largest.put(kind, top);
            top.forEach(e -> keys.add(e.getKey()));
        }
        Map<String, String> display = keys.isEmpty() ? Map.of() : names.displayNames(keys);
        Map<String, List<DashboardView.Unresolved>> result = new LinkedHashMap<>();
        largest.forEach((kind, top) -> result.put(
                kind,
                top.stream()
                        .map(e -> {
                            Long org = resolved.get(e.getKey());
                            boolean matched = org != null && known.containsKey(org);
                            String name = display.getOrDefault(e.getKey(), e.getKey());
                            // An unmatched payee that reads like a person (a sole trader) is never named.
                            return new DashboardView.Unresolved(
                                    !matched && PayeePrivacy.looksLikePerson(name) ? null : name,
                                    e.getValue(),
                                    matched);
                        })
                        .toList()));
        return result;
    }
}
