package org.socialvaluehub.measures.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The unit a measure is counted in, with the code used in files and the label shown to people. */
public enum Unit {
    PEOPLE("people", "people"),
    FTE_YEARS("fte_years", "FTE-years"),
    HOURS("hours", "hours"),
    WEEKS("weeks", "weeks"),
    TONNES_CO2E("tco2e", "tCO2e"),
    GBP("gbp", "£"),
    COUNT("count", "count");

    private final String code;
    private final String label;

    Unit(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Accepts the code or the label, ignoring case, so "FTE-years" and "fte_years" both work. */
    public static Optional<Unit> fromText(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(u -> u.code.equalsIgnoreCase(wanted) || u.label.equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(Unit::code).collect(Collectors.joining(", "));
    }
}
