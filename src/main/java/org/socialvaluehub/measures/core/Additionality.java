package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The shares of an outcome that would have happened anyway (deadweight), moved from elsewhere
 * (displacement) or are owed to others (attribution), and how fast the effect fades each year (drop-off).
 * Following the HM Treasury Green Book and its Additionality Guide, none of them may be silently zero:
 * each must be stated for the value or chosen as an explicit, recorded default.
 */
public record Additionality(Factor deadweight, Factor displacement, Factor attribution, Factor dropOff) {

    public Additionality {
        Objects.requireNonNull(deadweight, missing(FrameworkColumns.DEADWEIGHT));
        Objects.requireNonNull(displacement, missing(FrameworkColumns.DISPLACEMENT));
        Objects.requireNonNull(attribution, missing(FrameworkColumns.ATTRIBUTION));
        Objects.requireNonNull(dropOff, missing(FrameworkColumns.DROP_OFF));
    }

    /** Factors stated for this value from its evidence. */
    public static Additionality stated(String deadweight, String displacement, String attribution, String dropOff) {
        return new Additionality(
                Factor.stated(deadweight),
                Factor.stated(displacement),
                Factor.stated(attribution),
                Factor.stated(dropOff));
    }

    /** Factors chosen by policy rather than evidence; recorded as defaults so reports can flag them. */
    public static Additionality defaults(String deadweight, String displacement, String attribution, String dropOff) {
        return new Additionality(
                Factor.defaulted(deadweight),
                Factor.defaulted(displacement),
                Factor.defaulted(attribution),
                Factor.defaulted(dropOff));
    }

    public List<Factor> factors() {
        return List.of(deadweight, displacement, attribution, dropOff);
    }

    public boolean usesDefaults() {
        return factors().stream().anyMatch(f -> f.basis() == Factor.Basis.DEFAULT);
    }

    /** (1 − deadweight) × (1 − displacement) × (1 − attribution): the share of the gross effect that is additional. */
    public BigDecimal additionalShare() {
        return Stream.of(deadweight, displacement, attribution)
                .map(Factor::remainder)
                .reduce(BigDecimal.ONE, BigDecimal::multiply);
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < FrameworkColumns.FACTORS.size(); i++) {
            problems.addAll(factors().get(i).problems(FrameworkColumns.FACTORS.get(i)));
        }
        return problems;
    }

    private static String missing(String field) {
        return field + " must be stated or explicitly defaulted (Factor.defaulted or Additionality.defaults); "
                + "it is never taken as zero";
    }
}
