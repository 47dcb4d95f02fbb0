package org.socialvaluehub.spend;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialvaluehub.spend.core.SupplierNames;
import org.springframework.stereotype.Service;

/**
 * Works out which directory organisation a new supplier name is: by company or charity number, then by normalised
 * name, then by a close spelling, which a coordinator confirms or rejects. Decisions hold for every buyer.
 */
@Service
class SupplierResolver {

    static final double SUGGEST_FROM = 0.5;

    private final SupplierNameRepository names;

    SupplierResolver(SupplierNameRepository names) {
        this.names = names;
    }

    void resolveNew() {
        List<String> fresh = names.newNames();
        if (fresh.isEmpty()) {
            return;
        }
        List<SupplierNameRepository.Candidate> candidates = names.candidates();
        Map<String, Long> byNumber = new HashMap<>();
        Map<String, Long> byKey = new HashMap<>();
        for (SupplierNameRepository.Candidate c : candidates) {
            if (c.companyNumber() != null) {
                byNumber.put(number(c.companyNumber()), c.id());
            }
            if (c.charityNumber() != null) {
                byNumber.put(number(c.charityNumber()), c.id());
            }
            byKey.putIfAbsent(SupplierNames.key(c.name()), c.id());
        }
        Map<String, List<String>> numbers = names.numbersOfNewNames();
        for (String key : fresh) {
            Long byId = numbers.getOrDefault(key, List.of()).stream().map(SupplierResolver::number)
                .map(byNumber::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (byId != null) {
                names.resolve(key, byId, "MATCHED", "IDENTIFIER", null);
            } else if (byKey.containsKey(key)) {
                names.resolve(key, byKey.get(key), "MATCHED", "NAME", null);
            } else {
                suggest(key, byKey);
            }
        }
    }

    private void suggest(String key, Map<String, Long> byKey) {
        double best = 0;
        Long bestId = null;
        for (Map.Entry<String, Long> candidate : byKey.entrySet()) {
            double similarity = SupplierNames.similarity(key, candidate.getKey());
            if (similarity > best) {
                best = similarity;
                bestId = candidate.getValue();
            }
        }
        if (bestId != null && best >= SUGGEST_FROM) {
            names.resolve(key, bestId, "SUGGESTED", "FUZZY", Math.round(best * 1000) / 1000.0);
        } else {
            names.resolve(key, null, "UNMATCHED", null, null);
        }
    }

    /** Company numbers are written with and without leading zeros and spaces ("SC012345", "1234567"). */
    static String number(String text) {
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.matches("[0-9]{1,7}") ? "0".repeat(8 - compact.length()) + compact : compact;
    }
}
