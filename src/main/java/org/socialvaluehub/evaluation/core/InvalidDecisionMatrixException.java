package org.socialvaluehub.evaluation.core;

import java.math.BigDecimal;

/** Says why a decision matrix cannot be evaluated, naming the criterion or alternative at fault. */
public class InvalidDecisionMatrixException extends IllegalArgumentException {

    public InvalidDecisionMatrixException(String message) {
        super(message);
    }

    /** Writes a number as a person would type it: 250000 rather than 250000.0 or 2.5E5. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
