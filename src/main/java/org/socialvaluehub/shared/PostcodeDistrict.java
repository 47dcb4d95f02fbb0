package org.socialvaluehub.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outward part of a UK postcode ("OX14" of "OX14 3DB"): all the product needs to place an
 * organisation, so full postcodes are accepted, checked for shape and reduced to their district.
 */
public record PostcodeDistrict(String code) {

    // Royal Mail postcode shapes: A9, A99, AA9, AA99, A9A, AA9A outward; 9AA inward.
    private static final Pattern FULL = Pattern.compile("^([A-Z]{1,2}[0-9][0-9A-Z]?) ?([0-9][A-Z]{2})$");
    private static final Pattern OUTWARD = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]?$");

    public PostcodeDistrict {
        if (code == null || !OUTWARD.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a postcode district: " + code);
        }
    }

    /** Reads a full postcode or a district, ignoring case and spaces; empty when the shape is wrong. */
    public static Optional<PostcodeDistrict> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.trim().toUpperCase(Locale.UK).replaceAll("\\s+", " ");
        var full = FULL.matcher(compact.replace(" ", ""));
        if (full.matches()) {
            return Optional.of(new PostcodeDistrict(full.group(1)));
        }
        if (OUTWARD.matcher(compact).matches()) {
            return Optional.of(new PostcodeDistrict(compact));
        }
        return Optional.empty();
    }

    /** A full postcode in its usual printed form ("OX14 3DB"); empty when it is not a full postcode. */
    public static Optional<String> normaliseFull(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var full = FULL.matcher(text.trim().toUpperCase(Locale.UK).replaceAll("\\s+", ""));
        return full.matches() ? Optional.of(full.group(1) + " " + full.group(2)) : Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
