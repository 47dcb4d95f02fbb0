package org.socialvaluehub.measures.core;

import java.math.BigDecimal;

/** Test fixtures for proxy values. */
final class ProxyValues {

    private ProxyValues() {}

    static ProxyValue aValue(String low, String central, String high, Additionality additionality, int years) {
        return new ProxyValue(
                new BigDecimal(low),
                new BigDecimal(central),
                new BigDecimal(high),
                Unit.PEOPLE,
                2024,
                "Test source",
                "https://example.org/source",
                "OGL v3.0",
                EvidenceGrade.SILVER,
                additionality,
                years,
                ValueType.SOCIAL,
                DiscountSchedule.STANDARD);
    }

    static ProxyValue aPlainValue(String central) {
        return aValue(central, central, central, Additionality.stated("0", "0", "0", "0", "0", "0"), 1);
    }
}
