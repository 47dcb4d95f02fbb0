package org.socialvaluehub.organisations.core;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Common Procurement Vocabulary code ("45000000-7"). The digit after the dash only checks the
 * other eight, so codes are matched on their first eight digits; "45000000", "45000000-7" and
 * "45000000-2" are the same code.
 */
public record CpvCode(String digits) {

    private static final Pattern SHAPE = Pattern.compile("^([0-9]{8})(-?[0-9])?$");

    public CpvCode {
        if (digits == null || !digits.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("Not a CPV code: " + digits);
        }
    }

    public static Optional<CpvCode> parse(String text) {
        var match = SHAPE.matcher(text == null ? "" : text.strip());
        return match.matches() ? Optional.of(new CpvCode(match.group(1))) : Optional.empty();
    }

    /** The division: the first two digits, the broadest CPV grouping ("45" construction work). */
    public String division() {
        return digits.substring(0, 2);
    }

    /** The code with its trailing zeros removed, for "this code or anything under it" matches. */
    public String stem() {
        String stem = digits.replaceAll("0+$", "");
        return stem.length() < 2 ? digits.substring(0, 2) : stem;
    }
}
