package org.socialvaluehub.spend.suppliers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.socialvaluehub.organisations.OrganisationSummaries;
import org.socialvaluehub.organisations.SupplierIdentity;
import org.socialvaluehub.spend.core.SupplierNames;
import org.springframework.stereotype.Service;

/**
 * Works out which directory organisation a new supplier name is: by company or charity number, then by normalised
 * name, then by a close spelling, which a coordinator confirms or rejects. Decisions hold for every buyer.
 */
@Service
public class SupplierResolver {

    static final double SUGGEST_FROM = 0.5;

    private final SupplierNameRepository names;
    private final OrganisationSummaries directory;

    SupplierResolver(SupplierNameRepository names, OrganisationSummaries directory) {
        this.names = names;
        this.directory = directory;
    }

    /**
     * Resolves the names registered by the import under way (they are the only new ones).
     *
     * @param numbers the company or charity numbers the import's lines gave with each name key
     */
    public void resolveNew(Map<String, Set<String>> numbers) {
        List<String> fresh = names.newNames();
        if (fresh.isEmpty()) {
            return;
        }
        Map<String, Long> byNumber = new HashMap<>();
        Map<String, Long> byKey = new HashMap<>();
        for (SupplierIdentity c : directory.supplierIdentities()) {
            if (c.companyNumber() != null) {
                byNumber.put(number(c.companyNumber()), c.id());
            }
            if (c.charityNumber() != null) {
                byNumber.put(number(c.charityNumber()), c.id());
            }
            byKey.putIfAbsent(SupplierNames.key(c.name()), c.id());
        }
        List<SupplierNameRepository.Decision> decisions = new ArrayList<>();
        for (String key : fresh) {
            Long byId = numbers.getOrDefault(key, Set.of()).stream()
                    .map(SupplierResolver::number)
                    .map(byNumber::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            if (byId != null) {
                decisions.add(new SupplierNameRepository.Decision(key, byId, "MATCHED", "IDENTIFIER", null));
            } else if (byKey.containsKey(key)) {
                decisions.add(new SupplierNameRepository.Decision(key, byKey.get(key), "MATCHED", "NAME", null));
            } else {
                decisions.add(suggest(key, byKey));
            }
        }
        names.resolve(decisions);
    }

    private static SupplierNameRepository.Decision suggest(String key, Map<String, Long> byKey) {
        double best = 0;
        Long bestId = null;
        for (Map.Entry<String, Long> candidate : byKey.entrySet()) {
            double similarity = SupplierNames.similarity(key, candidate.getKey());
            if (similarity > best) {
                best = similarity;
                bestId = candidate.getValue();
            }
        }
        return bestId != null && best >= SUGGEST_FROM
                ? new SupplierNameRepository.Decision(
                        key, bestId, "SUGGESTED", "FUZZY", Math.round(best * 1000) / 1000.0)
                : new SupplierNameRepository.Decision(key, null, "UNMATCHED", null, null);
    }

    /** Company numbers are written with and without leading zeros and spaces ("SC012345", "1234567"). */
    static String number(String text) {
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.matches("[0-9]{1,7}") ? "0".repeat(8 - compact.length()) + compact : compact;
    }
}
