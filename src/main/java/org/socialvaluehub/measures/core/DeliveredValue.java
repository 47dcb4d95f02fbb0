package org.socialvaluehub.measures.core;

/**
 * What a quantity of a measure is worth, as one of three answers: priced (low, central and high of one
 * {@link ValueType}, in the prices of one year), counted but not priced, or cannot be valued with the
 * reason why. A failed valuation is never a zero.
 *
 * @param inStatedPriceYear false when the value could not be restated in the framework's price year (the
 *                          deflator series lacks its year), so it is shown in its own year's prices
 */
public record DeliveredValue(
        Status status, ValueType type, ValueRange range, Integer priceYear, boolean inStatedPriceYear, String reason) {

    /** Which of the three answers this is. */
    public enum Status {
        PRICED,
        NOT_PRICED,
        CANNOT_BE_VALUED
    }

    public static DeliveredValue priced(ValueType type, ValueRange range, int priceYear, boolean inStatedPriceYear) {
        return new DeliveredValue(Status.PRICED, type, range, priceYear, inStatedPriceYear, null);
    }

    public static DeliveredValue notPriced() {
        return new DeliveredValue(Status.NOT_PRICED, null, null, null, false, null);
    }

    public static DeliveredValue cannotBeValued(String reason) {
        return new DeliveredValue(Status.CANNOT_BE_VALUED, null, null, null, false, reason);
    }

    public boolean isPriced() {
        return status == Status.PRICED;
    }

    public boolean cannotBeValued() {
        return status == Status.CANNOT_BE_VALUED;
    }

    /** The price year as HM Treasury writes it, such as "2024-25"; null unless priced. */
    public String priceYearLabel() {
        return priceYear == null ? null : PriceBasis.label(priceYear);
    }

    /** The type's code ({@code social}, {@code fiscal}, {@code economic}); null when not priced or not stated. */
    public String valueType() {
        return type == null ? null : type.code();
    }
}
