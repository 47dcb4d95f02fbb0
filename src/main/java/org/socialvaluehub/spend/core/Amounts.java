package org.socialvaluehub.spend.core;

import java.math.BigDecimal;

/** Reads the sums of money written in spend files into exact pence, in every notation councils use. */
public final class Amounts {

    /** Returned when the text is not a sum of money; no real amount is this large. */
    public static final long NOT_AN_AMOUNT = Long.MIN_VALUE;

    // 15 digits of pounds keeps every sum, and any total of a million of them, inside a long of pence.
    private static final int MAX_POUND_DIGITS = 15;

    private Amounts() {}

    /** Parses {@code 1234.5}, {@code £1,234.50}, {@code (12.00)}, {@code -12}, {@code 106,396.00-} into pence. */
    public static long parsePence(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && Blanks.isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && Blanks.isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return NOT_AN_AMOUNT;
        }
        boolean negative = false;
        if (text.charAt(start) == '(' && text.charAt(end - 1) == ')') {
            negative = true;
            start++;
            end--;
        } else if (text.charAt(end - 1) == '-') {
            negative = true;
            end--;
        }
        int signs = 0;
        while (start < end) {
            char c = text.charAt(start);
            if (c == '-' || c == '+') {
                signs++;
                if (negative || signs > 1) {
                    return NOT_AN_AMOUNT; // "-(12)" or "-12-": two signs say the figure is garbled
                }
                negative = c == '-';
            } else if (c != '£' && c != ' ') {
                break;
            }
            start++;
        }
        long pence = digitsToPence(text, start, end);
        if (pence == NOT_AN_AMOUNT) {
            return NOT_AN_AMOUNT;
        }
        return negative ? -pence : pence;
    }

    private static long digitsToPence(CharSequence text, int start, int end) {
        long pounds = 0;
        int digits = 0;
        int group = 0;
        boolean grouped = false;
        int i = start;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                pounds = pounds * 10 + (c - '0');
                digits++;
                group++;
            } else if (c == ',') {
                // thousands separators must sit between groups of three, so "12,50" is never read as pence
                if (group == 0 || group > 3 || (grouped && group != 3)) {
                    return NOT_AN_AMOUNT;
                }
                grouped = true;
                group = 0;
            } else {
                break;
            }
        }
        if (digits > MAX_POUND_DIGITS || (grouped && group != 3)) {
            return NOT_AN_AMOUNT;
        }
        long pence = 0;
        int decimals = 0;
        if (i < end && text.charAt(i) == '.') {
            for (i++; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return NOT_AN_AMOUNT;
                }
                if (decimals < 2) {
                    pence = pence * 10 + (c - '0');
                } else if (c != '0') {
                    return NOT_AN_AMOUNT; // a fraction of a penny cannot be paid, so the figure is not a payment
                }
                decimals++;
            }
        }
        if (i != end || (digits == 0 && decimals == 0)) {
            return NOT_AN_AMOUNT;
        }
        if (decimals == 1) {
            pence *= 10;
        }
        return pounds * 100 + pence;
    }

    /** Writes pence as pounds and pence, {@code 1234.50} or {@code -0.05}. */
    public static String format(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
