package org.socialvaluehub.spend.core;

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

    private static final Map<String, Match> EXACT = new HashMap<>();

    static {
        add(
                SpendField.DATE,
                MAIN,
                "date",
                "payment date",
                "date paid",
                "paid date",
                "transaction date",
                "clearing date",
                "date of payment",
                "pay date",
                "payment run date",
                "cheque date",
                "posting date");
        add(
                SpendField.DATE,
                SECONDARY,
                "invoice date",
                "invoice creation date",
                "document date",
                "posted date",
                "effective date",
                "processed date",
                "date of transaction",
                "invoice posting date");
        add(
                SpendField.AMOUNT,
                MAIN,
                "amount",
                "net amount",
                "nett amount",
                "amount paid",
                "payment amount",
                "transaction amount",
                "net value",
                "amount gbp",
                "amount excluding vat",
                "amount excl vat",
                "amount ex vat",
                "invoice nett amount",
                "invoice net amount",
                "net",
                "value",
                "total",
                "spend");
        add(
                SpendField.AMOUNT,
                SECONDARY,
                "gross amount",
                "total amount",
                "invoice amount",
                "line amount",
                "amount inc vat",
                "gross",
                "expenditure",
                "paid amount",
                "value gbp",
                "sum");
        add(
                SpendField.SUPPLIER_NAME,
                MAIN,
                "supplier name",
                "supplier",
                "beneficiary name",
                "beneficiary",
                "vendor name",
                "vendor",
                "payee name",
                "payee",
                "creditor name",
                "creditor",
                "recipient name",
                "recipient",
                "supplier full name",
                "merchant name");
        add(SpendField.SUPPLIER_NAME, SECONDARY, "name", "company name", "organisation name", "merchant");
        add(
                SpendField.SUPPLIER_ID,
                MAIN,
                "supplier id",
                "supplier number",
                "supplier no",
                "supplier code",
                "supplier ref",
                "supplier reference",
                "vendor id",
                "vendor number",
                "vendor no",
                "vendor code",
                "creditor number",
                "creditor no",
                "creditor id",
                "payee id",
                "supplier account number");
        add(
                SpendField.ORGANISATION_NUMBER,
                MAIN,
                "company number",
                "company no",
                "company registration number",
                "company reg no",
                "companies house number",
                "charity number",
                "charity no",
                "registered charity number",
                "charity registration number",
                "company or charity number",
                "company charity number",
                "registration number",
                "crn");
        add(
                SpendField.POSTCODE,
                MAIN,
                "postcode",
                "post code",
                "supplier postcode",
                "postal code",
                "supplier post code",
                "vendor postcode");
        add(
                SpendField.TRANSACTION_ID,
                MAIN,
                "transaction id",
                "transaction number",
                "transaction no",
                "transaction ref",
                "transaction reference",
                "payment reference",
                "payment ref",
                "invoice number",
                "invoice no",
                "invoice ref",
                "invoice reference",
                "document number",
                "document no",
                "doc no",
                "reference",
                "ref",
                "ref no",
                "reference number",
                "voucher number",
                "payment number",
                "payment id");
        add(
                SpendField.SERVICE_AREA,
                MAIN,
                "service area",
                "service",
                "department",
                "directorate",
                "division",
                "cost centre",
                "cost centre name",
                "cost center",
                "service cost centre",
                "expense area",
                "service division",
                "business unit",
                "portfolio",
                "service label",
                "service area categorisation");
        add(
                SpendField.EXPENSE_TYPE,
                MAIN,
                "expense type",
                "expenditure type",
                "expenditure category",
                "expense category",
                "category",
                "expenses type",
                "spend category",
                "procurement category",
                "purchase category",
                "subjective",
                "subjective description",
                "account description",
                "account name",
                "expenditure account",
                "cost element",
                "nominal",
                "ledger",
                "account detail");
        add(SpendField.EXPENSE_TYPE, SECONDARY, "account", "type");
        add(
                SpendField.PURPOSE,
                MAIN,
                "purpose",
                "purpose of expenditure",
                "description",
                "narrative",
                "details",
                "item description",
                "line description",
                "expense description",
                "transaction description",
                "summary of purpose",
                "payment description");
        add(
                SpendField.VAT,
                MAIN,
                "vat",
                "vat amount",
                "irrecoverable vat",
                "vat value",
                "vat element",
                "tax amount",
                "tax");
        add(
                SpendField.CAPITAL_REVENUE,
                MAIN,
                "capital or revenue",
                "capital revenue",
                "revenue capital",
                "cap rev",
                "rev cap",
                "capital revenue indicator",
                "capital or revenue expenditure");
        add(
                SpendField.CARD_FLAG,
                MAIN,
                "card",
                "purchase card",
                "procurement card",
                "p card",
                "pcard",
                "card transaction",
                "gpc",
                "purchase card transaction",
                "card payment");
    }

    private HeaderSynonyms() {}

    private static void add(SpendField field, int strength, String... names) {
        for (String name : names) {
            if (EXACT.put(name, new Match(field, strength)) != null) {
                throw new IllegalStateException("heading listed twice: " + name);
            }
        }
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
