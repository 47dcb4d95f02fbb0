package org.socialvaluehub.measures.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The shares of an outcome that would have happened anyway (deadweight), moved from elsewhere
 * (displacement), owed to others (attribution), going to people outside the area (leakage) or to a firm
 * swapping one person for a subsidised one (substitution), and how fast the effect fades each year
 * (drop-off). Following the Additionality Guide (Homes and Communities Agency, 4th edition, 2014) none of
 * them may be silently zero: each must be stated for the value or chosen as an explicit, recorded default.
 */
public record Additionality(
        Factor deadweight,
        Factor displacement,
        Factor attribution,
        Factor dropOff,
        Factor leakage,
        Factor substitution) {

    public Additionality {
        Objects.requireNonNull(deadweight, missing(FrameworkColumns.DEADWEIGHT));
        Objects.requireNonNull(displacement, missing(FrameworkColumns.DISPLACEMENT));
        Objects.requireNonNull(attribution, missing(FrameworkColumns.ATTRIBUTION));
        Objects.requireNonNull(dropOff, missing(FrameworkColumns.DROP_OFF));
        Objects.requireNonNull(leakage, missing(FrameworkColumns.LEAKAGE));
        Objects.requireNonNull(substitution, missing(FrameworkColumns.SUBSTITUTION));
    }

    /** Factors of a version written before leakage and substitution: those two are marked not assessed. */
    public Additionality(Factor deadweight, Factor displacement, Factor attribution, Factor dropOff) {
        this(deadweight, displacement, attribution, dropOff, Factor.notAssessed(), Factor.notAssessed());
    }

    /** Factors stated for this value from its evidence; leakage and substitution not assessed. */
    public static Additionality stated(String deadweight, String displacement, String attribution, String dropOff) {
        return new Additionality(
                Factor.stated(deadweight),
                Factor.stated(displacement),
                Factor.stated(attribution),
                Factor.stated(dropOff));
    }

    /** All six factors stated for this value from its evidence. */
    public static Additionality stated(
            String deadweight,
            String displacement,
            String attribution,
            String dropOff,
            String leakage,
            String substitution) {
        return new Additionality(
                Factor.stated(deadweight),
                Factor.stated(displacement),
                Factor.stated(attribution),
                Factor.stated(dropOff),
                Factor.stated(leakage),
                Factor.stated(substitution));
    }

    /** Factors chosen by policy rather than evidence; recorded as defaults so reports can flag them. */
    public static Additionality defaults(String deadweight, String displacement, String attribution, String dropOff) {
        return new Additionality(
                Factor.defaulted(deadweight),
                Factor.defaulted(displacement),
                Factor.defaulted(attribution),
                Factor.defaulted(dropOff));
    }

    /** In the order of {@link FrameworkColumns#FACTORS}. */
    public List<Factor> factors() {
        return List.of(deadweight, displacement, attribution, dropOff, leakage, substitution);
    }

    public boolean usesDefaults() {
        return factors().stream().anyMatch(f -> f.basis() == Factor.Basis.DEFAULT);
    }

    /**
     * (1 − leakage) × (1 − deadweight) × (1 − displacement) × (1 − substitution) × (1 − attribution): the
     * share of the gross effect that is additional (Additionality Guide, 2014, chapter 2).
     */
    public BigDecimal additionalShare() {
        return Stream.of(deadweight, displacement, attribution, leakage, substitution)
                .map(Factor::remainder)
                .reduce(BigDecimal.ONE, BigDecimal::multiply);
    }

    /** Factors a version written before them never assessed; such a value cannot be published again. */
    public List<Problem> publicationProblems() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < FrameworkColumns.FACTORS.size(); i++) {
            if (factors().get(i).basis() == Factor.Basis.NOT_ASSESSED) {
                problems.add(new Problem(
                        FrameworkColumns.FACTORS.get(i),
                        "is not assessed: state it, or enter the agreed default (say in the counting rules "
                                + "where it is handled, such as counting only people who live in the area)"));
            }
        }
        return problems;
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
