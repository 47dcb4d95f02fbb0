package org.socialvaluehub.organisations.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An org-id.guide identifier: a register prefix and the number in that register, such as
 * {@code GB-COH-01234567} (Companies House), {@code GB-CHC-1123456} (Charity Commission for England
 * and Wales) or {@code GB-MPR-12345R} (the FCA Mutuals Public Register).
 */
public record OrgId(Scheme scheme, String number) {

    /** The registers the directory knows, with the shape of their numbers. */
    public enum Scheme {
        COH(
                "GB-COH",
                "^([0-9]{8}|(SC|NI|OC|SO|NC|NL|R0|IP|SP|RS|LP|SL|NP|NO|FC|SF|NF|GE|ES|CE|"
                        + "SE|IC|SI|NR|RC|SR|SZ|ZC|NZ|AC|SA|NA|CS|PC)[0-9]{6})$"),
        CHC("GB-CHC", "^[0-9]{6,7}(-[0-9]{1,2})?$"),
        SC("GB-SC", "^SC[0-9]{6}$"),
        NIC("GB-NIC", "^(NIC)?[0-9]{6}$"),
        MPR("GB-MPR", "^[0-9]{1,6}R?$");

        private final String prefix;
        private final Pattern number;

        Scheme(String prefix, String number) {
            this.prefix = prefix;
            this.number = Pattern.compile(number);
        }

        public String prefix() {
            return prefix;
        }

        boolean accepts(String value) {
            return number.matcher(value).matches();
        }
    }

    private static final Pattern FULL = Pattern.compile("^(GB-[A-Z]{2,3})-(.+)$");

    public OrgId {
        if (scheme == null || number == null || !scheme.accepts(number)) {
            throw new IllegalArgumentException("Not a " + scheme + " number: " + number);
        }
    }

    /** Reads "GB-COH-01234567" strictly (any case, spaces ignored); empty if the register or number is wrong. */
    public static Optional<OrgId> parse(String text) {
        var full = FULL.matcher(compact(text));
        if (!full.matches()) {
            return Optional.empty();
        }
        for (Scheme scheme : Scheme.values()) {
            if (scheme.prefix.equals(full.group(1))) {
                return scheme.accepts(full.group(2)) ? Optional.of(new OrgId(scheme, full.group(2))) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The identifier for a number as people type it in that register; empty if it has the wrong shape. */
    public static Optional<OrgId> of(Scheme scheme, String number) {
        String value = compact(number);
        if (scheme == Scheme.COH && value.matches("^[0-9]{1,7}$")) {
            value = "0".repeat(8 - value.length()) + value;
        }
        if (scheme == Scheme.MPR && value.startsWith("IP")) {
            value = value.substring(2);
        }
        return scheme.accepts(value) ? Optional.of(new OrgId(scheme, value)) : Optional.empty();
    }

    /** The identifier for a charity number, whichever of the UK's three registers it belongs to. */
    public static Optional<OrgId> charity(String number) {
        String value = compact(number);
        if (value.startsWith("SC")) {
            return of(Scheme.SC, value);
        }
        return value.startsWith("NIC") ? of(Scheme.NIC, value.substring(3)) : of(Scheme.CHC, value);
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    }

    @Override
    public String toString() {
        return scheme.prefix + "-" + number;
    }
}
