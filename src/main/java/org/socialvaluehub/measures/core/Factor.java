package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One additionality factor (a share between 0 and 1) and whether it was stated for this value or is
 * an explicit default, so a report can always say which figures were assumed.
 */
public record Factor(BigDecimal value, Basis basis) {

    /** Where a factor came from. */
    public enum Basis {
        STATED,
        DEFAULT,
        /** Not assessed: only in versions written before the factor existed, which must keep their results. */
        NOT_ASSESSED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Basis> fromText(String text) {
            String wanted = text == null ? "" : text.strip();
            return Arrays.stream(values())
                    .filter(b -> b.name().equalsIgnoreCase(wanted))
                    .findFirst();
        }
    }

    public Factor {
        Objects.requireNonNull(value, "a factor needs a value: state it or choose an explicit default");
        Objects.requireNonNull(basis, "a factor must say whether it was stated or defaulted");
    }

    public static Factor stated(String value) {
        return new Factor(new BigDecimal(value), Basis.STATED);
    }

    public static Factor defaulted(String value) {
        return new Factor(new BigDecimal(value), Basis.DEFAULT);
    }

    /** A factor a version written before it existed never assessed: no effect, flagged, and refused for publication. */
    public static Factor notAssessed() {
        return new Factor(BigDecimal.ZERO, Basis.NOT_ASSESSED);
    }

    /** The share that remains after this factor, 1 − value. */
    public BigDecimal remainder() {
        return BigDecimal.ONE.subtract(value);
    }

    public List<Problem> problems(String field) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            return List.of(new Problem(
                    field, "must be between 0 and 1 (a share: 25% is 0.25), but is " + value.toPlainString()));
        }
        return List.of();
    }
}
