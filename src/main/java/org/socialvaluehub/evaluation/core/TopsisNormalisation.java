package org.socialvaluehub.evaluation.core;

import java.util.Locale;

/** How TOPSIS makes the criteria comparable before measuring distances to the ideal. */
public enum TopsisNormalisation {
    /** x ÷ √Σx², as in Hwang and Yoon (1981). */
    VECTOR,
    /** Linear between the worst (0) and best (1) value, with costs turned round; all-equal scores 1. */
    MIN_MAX;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TopsisNormalisation fromLabel(String label) {
        for (TopsisNormalisation normalisation : values()) {
            if (normalisation.label().equals(label)) {
                return normalisation;
            }
        }
        throw new InvalidDecisionMatrixException("unknown TOPSIS normalisation '" + label + "'; use vector or min-max");
    }
}
