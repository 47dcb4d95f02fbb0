package org.socialvaluehub.organisations;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Company and charity numbers as people type them, checked for shape and put in their register's form.
 * Companies House numbers are 8 characters (a 2-letter prefix such as SC, NI or OC for some registers);
 * charity numbers are those of the Charity Commission (6-7 digits, optional "-n" for linked
 * charities), OSCR (SC + 6 digits) or the Charity Commission for Northern Ireland (NIC + 6 digits).
 */
public final class Identifiers {

    private static final Pattern COMPANY_DIGITS = Pattern.compile("^[0-9]{1,8}$");
    private static final Pattern COMPANY_PREFIXED =
            Pattern.compile("^(SC|NI|OC|SO|NC|NL|R0|IP|SP|RS|LP|SL|NP|NO|FC|SF|NF|GE|ES|CE|"
                    + "SE|IC|SI|NR|RC|SR|SZ|ZC|NZ|AC|SA|NA|CS|PC)[0-9]{6}$");
    private static final Pattern CHARITY = Pattern.compile("^([0-9]{6,7}(-[0-9]{1,2})?|SC[0-9]{6}|NIC[0-9]{6})$");

    private Identifiers() {}

    /** A Companies House number in its 8-character form ("01234567"), or empty if it cannot be one. */
    public static Optional<String> companyNumber(String text) {
        String compact = compact(text);
        if (COMPANY_DIGITS.matcher(compact).matches()) {
            return Optional.of("0".repeat(8 - compact.length()) + compact);
        }
        return COMPANY_PREFIXED.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** A registered charity number, or empty if it cannot be one. */
    public static Optional<String> charityNumber(String text) {
        String compact = compact(text);
        return CHARITY.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    }
}
