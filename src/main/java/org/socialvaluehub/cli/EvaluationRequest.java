package org.socialvaluehub.cli;

import java.util.Locale;
import org.socialvaluehub.evaluation.core.DecisionMatrix;
import org.socialvaluehub.evaluation.core.InvalidDecisionMatrixException;
import org.socialvaluehub.evaluation.core.TopsisNormalisation;

/** What {@code ./svh evaluate} was asked to do: a decision matrix and the aggregation method to apply to it. */
record EvaluationRequest(Method method, TopsisNormalisation topsisNormalisation, double vikorV, DecisionMatrix matrix) {

    enum Method {
        WEIGHTED_SUM,
        TOPSIS,
        VIKOR;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Method fromLabel(String label) {
            for (Method method : values()) {
                if (method.label().equals(label)) {
                    return method;
                }
            }
            throw new InvalidDecisionMatrixException(
                    "unknown method '" + label + "'; use weighted-sum, topsis or vikor");
        }
    }
}
