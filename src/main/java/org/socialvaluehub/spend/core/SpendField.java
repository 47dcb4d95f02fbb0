package org.socialvaluehub.spend.core;

/** A piece of information a spend line can carry, whatever the publisher calls its column. */
public enum SpendField {
    DATE("date"),
    AMOUNT("amount"),
    SUPPLIER_NAME("supplierName"),
    SUPPLIER_ID("supplierId"),
    ORGANISATION_NUMBER("organisationNumber"),
    POSTCODE("postcode"),
    TRANSACTION_ID("transactionId"),
    SERVICE_AREA("serviceArea"),
    EXPENSE_TYPE("expenseType"),
    PURPOSE("purpose"),
    VAT("vat"),
    CAPITAL_REVENUE("capitalRevenue"),
    CARD_FLAG("cardFlag");

    private final String key;

    SpendField(String key) {
        this.key = key;
    }

    /** The stable name used in reports and remembered mappings. */
    public String key() {
        return key;
    }
}
