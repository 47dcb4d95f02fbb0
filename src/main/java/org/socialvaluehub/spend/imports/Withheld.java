package org.socialvaluehub.spend.imports;

import java.util.Set;
import org.socialvaluehub.spend.core.PayeePrivacy;

/**
 * The payees (by name key) and expense types (by {@link PayeePrivacy#typeKey}) a buyer chose to withhold before an
 * import: their lines are stored as redacted, with no payee name, and their money stays in the totals.
 */
public record Withheld(Set<String> payeeKeys, Set<String> expenseTypes) {

    public static final Withheld NONE = new Withheld(Set.of(), Set.of());

    public Withheld {
        payeeKeys = Set.copyOf(payeeKeys);
        expenseTypes = Set.copyOf(expenseTypes);
    }

    public boolean covers(String payeeKey, String expenseType) {
        return !payeeKey.isEmpty() && payeeKeys.contains(payeeKey)
                || !expenseTypes.isEmpty() && expenseTypes.contains(PayeePrivacy.typeKey(expenseType));
    }
}
