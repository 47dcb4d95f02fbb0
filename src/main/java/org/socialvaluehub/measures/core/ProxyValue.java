package org.socialvaluehub.measures.core;

import static org.socialvaluehub.measures.core.FrameworkColumns.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A money value for one unit of a measure (low, central and high, in pounds at the prices of one base
 * year) with where it came from, how good the evidence is, its additionality factors and how many
 * years the benefit lasts. Fields may be missing while a draft is edited; {@link #problems()} says what
 * is wrong and {@link #publicationProblems()} also demands a source before it can be published.
 */
public record ProxyValue(
        BigDecimal low,
        BigDecimal central,
        BigDecimal high,
        Unit unit,
        Integer priceBaseYear,
        String sourceName,
        String sourceUrl,
        String licence,
        EvidenceGrade evidenceGrade,
        Additionality additionality,
        Integer benefitPeriodYears,
        ValueType valueType,
        DiscountSchedule discounting) {

    /**
     * A value from a file that predates value types and discount schedules: its type is not stated (shown as
     * such and never added to typed values) and it is discounted at the standard rate.
     */
    public ProxyValue(
            BigDecimal low,
            BigDecimal central,
            BigDecimal high,
            Unit unit,
            Integer priceBaseYear,
            String sourceName,
            String sourceUrl,
            String licence,
            EvidenceGrade evidenceGrade,
            Additionality additionality,
            Integer benefitPeriodYears) {
        this(
                low,
                central,
                high,
                unit,
                priceBaseYear,
                sourceName,
                sourceUrl,
                licence,
                evidenceGrade,
                additionality,
                benefitPeriodYears,
                null,
                DiscountSchedule.STANDARD);
    }

    /** Problems that make the value unusable for any calculation. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        requirePresent(problems, VALUE_LOW, low);
        requirePresent(problems, VALUE_CENTRAL, central);
        requirePresent(problems, VALUE_HIGH, high);
        requirePresent(problems, UNIT, unit);
        requirePresent(problems, PRICE_BASE_YEAR, priceBaseYear);
        requirePresent(problems, EVIDENCE_GRADE, evidenceGrade);
        requirePresent(problems, BENEFIT_PERIOD_YEARS, benefitPeriodYears);
        notNegative(problems, VALUE_LOW, low);
        notNegative(problems, VALUE_CENTRAL, central);
        notNegative(problems, VALUE_HIGH, high);
        notAbove(problems, VALUE_LOW, low, VALUE_CENTRAL, central);
        notAbove(problems, VALUE_CENTRAL, central, VALUE_HIGH, high);
        if (central == null) {
            notAbove(problems, VALUE_LOW, low, VALUE_HIGH, high);
        }
        if (priceBaseYear != null && (priceBaseYear < 1900 || priceBaseYear > 2200)) {
            problems.add(new Problem(PRICE_BASE_YEAR, "must be a year such as 2024, but is " + priceBaseYear));
        }
        if (benefitPeriodYears != null && benefitPeriodYears < 1) {
            problems.add(new Problem(BENEFIT_PERIOD_YEARS, "must be at least 1 year, but is " + benefitPeriodYears));
        }
        if (additionality == null) {
            problems.add(new Problem(
                    DEADWEIGHT,
                    "additionality factors are missing: state them or choose "
                            + "Additionality.defaults(...); they are never taken as zero"));
        } else {
            problems.addAll(additionality.problems());
        }
        return problems;
    }

    /** Problems that stop the value being published: everything in {@link #problems()} plus a missing source. */
    public List<Problem> publicationProblems() {
        List<Problem> problems = new ArrayList<>(problems());
        if (isBlank(sourceName)) {
            problems.add(new Problem(SOURCE_NAME, "a published value needs the name of its source"));
        }
        if (isBlank(sourceUrl)) {
            problems.add(new Problem(SOURCE_URL, "a published value needs a link to its source"));
        } else if (!sourceUrl.startsWith("https://") && !sourceUrl.startsWith("http://")) {
            problems.add(new Problem(SOURCE_URL, "must be a web address starting https://, but is " + sourceUrl));
        }
        if (additionality != null) {
            problems.addAll(additionality.publicationProblems());
        }
        if (valueType == null) {
            problems.add(new Problem(
                    VALUE_TYPE,
                    "a published value must say whether it is " + ValueType.allowedCodes()
                            + ": they are shown apart and never added together"));
        }
        if (isBlank(licence)) {
            problems.add(new Problem(LICENCE, "a published value must say under which licence it may be used"));
        }
        return problems;
    }

    public boolean publishable() {
        return publicationProblems().isEmpty();
    }

    /** The same value restated in another year's prices through a deflator series. */
    public ProxyValue rebasedTo(int year, DeflatorSeries deflators) {
        return new ProxyValue(
                deflators.rebase(low, priceBaseYear, year),
                deflators.rebase(central, priceBaseYear, year),
                deflators.rebase(high, priceBaseYear, year),
                unit,
                year,
                sourceName,
                sourceUrl,
                licence,
                evidenceGrade,
                additionality,
                benefitPeriodYears,
                valueType,
                discounting);
    }

    /** The schedule to discount with; a value that does not name one uses the standard rates. */
    public DiscountSchedule discounting() {
        return discounting == null ? DiscountSchedule.STANDARD : discounting;
    }

    private static void requirePresent(List<Problem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new Problem(field, "is missing"));
        }
    }

    private static void notNegative(List<Problem> problems, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            problems.add(new Problem(field, "must not be negative, but is " + value.toPlainString()));
        }
    }

    private static void notAbove(
            List<Problem> problems, String lowerField, BigDecimal lower, String upperField, BigDecimal upper) {
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            problems.add(new Problem(
                    lowerField,
                    lower.toPlainString() + " is above " + upperField + " " + upper.toPlainString()
                            + "; low ≤ central ≤ high"));
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
