package org.socialvaluehub.organisations;

/**
 * Size bands as the UK defines them (Companies Act 2006 s.382 and s.465 thresholds, and the
 * micro-entity threshold of s.384A): by staff headcount, with turnover or balance sheet.
 */
public enum SizeBand {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    public boolean isSme() {
        return this != LARGE;
    }
}
