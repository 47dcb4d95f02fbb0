package org.socialvaluehub.spend.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.PayeePrivacy;
import org.socialvaluehub.spend.core.SpendField;
import org.socialvaluehub.spend.core.SpendFile;
import org.socialvaluehub.spend.core.SpendFileException;
import org.socialvaluehub.spend.core.SpendFileReader;
import org.socialvaluehub.spend.core.SpendRow;
import org.socialvaluehub.spend.core.SupplierNames;
import org.socialvaluehub.spend.suppliers.SupplierNameRepository;
import org.springframework.stereotype.Component;

/**
 * Reads a whole spend file before import and lists what may name a person: payees that read like a person's name and
 * are matched to no organisation, and lines of sensitive expense types, each with its lines and money.
 */
@Component
class PayeeReview {

    /** At most this many payees and expense types are listed; a file with more is a file to fix at source. */
    static final int LISTED_AT_MOST = 200;

    /**
     * One payee (by name key) or expense type (by type key) to withhold.
     *
     * @param shown the first spelling seen, to show the buyer
     */
    record Flagged(PayeePrivacy.Flag flag, String value, String shown, long lines, long pence) {}

    private final SupplierNameRepository names;

    PayeeReview(SupplierNameRepository names) {
        this.names = names;
    }

    /** The sensitive expense types first, then the person-like payees, each by most money. */
    List<Flagged> of(Path file, ColumnMapping mapping) throws SpendFileException {
        Set<String> matched = names.resolved().keySet();
        Map<String, Flagged> found = new LinkedHashMap<>();
        try (SpendFile spend = new SpendFileReader().open(file, mapping)) {
            for (SpendRow row = spend.next(); row != null; row = spend.next()) {
                if (!row.accepted() || row.redacted()) {
                    continue;
                }
                String payee = row.text(SpendField.SUPPLIER_NAME);
                String type = row.text(SpendField.EXPENSE_TYPE);
                String key = SupplierNames.key(payee);
                PayeePrivacy.Flag flag = PayeePrivacy.classify(payee, type, matched.contains(key));
                if (flag == PayeePrivacy.Flag.NONE) {
                    continue;
                }
                boolean byType = flag == PayeePrivacy.Flag.SENSITIVE_EXPENSE_TYPE;
                String value = byType ? PayeePrivacy.typeKey(type) : key;
                String id = flag + ":" + value;
                Flagged before = found.get(id);
                if (before == null && found.size() >= LISTED_AT_MOST) {
                    continue;
                }
                found.put(
                        id,
                        new Flagged(
                                flag,
                                value,
                                before == null ? (byType ? type : payee) : before.shown(),
                                (before == null ? 0 : before.lines()) + 1,
                                (before == null ? 0 : before.pence()) + row.amountPence()));
            }
        }
        List<Flagged> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparing(Flagged::flag)
                .reversed()
                .thenComparing(Comparator.comparingLong(Flagged::pence).reversed()));
        return list;
    }
}
