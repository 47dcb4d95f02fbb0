package org.socialvaluehub.measures.core;

import static org.socialvaluehub.measures.core.FrameworkColumns.*;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes each part of a framework as text fields named like the CSV columns, one spelling shared by the
 * CSV writer and the version comparison, so a change is reported exactly as it would appear in the file.
 */
final class FrameworkFields {

    static final String LIST_SEPARATOR = "; ";

    private FrameworkFields() {}

    static Map<String, String> of(Theme theme) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(THEME_CODE, theme.code());
        fields.put(THEME_NAME, theme.name());
        return fields;
    }

    static Map<String, String> of(Outcome outcome) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(THEME_CODE, outcome.themeCode());
        fields.put(OUTCOME_CODE, outcome.code());
        fields.put(OUTCOME_NAME, outcome.name());
        fields.put(OUTCOME_SOCIAL_VALUE_MODEL, String.join(LIST_SEPARATOR, outcome.socialValueModelRefs()));
        fields.put(
                OUTCOME_SDGS, outcome.sdgs().stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR)));
        return fields;
    }

    static Map<String, String> of(Measure measure) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(OUTCOME_CODE, measure.outcomeCode());
        fields.put(MEASURE_CODE, measure.code());
        fields.put(MEASURE_NAME, measure.name());
        fields.put(MEASURE_DESCRIPTION, measure.description());
        fields.put(UNIT, measure.unit() == null ? null : measure.unit().code());
        fields.put(COUNTING_RULES, measure.countingRules());
        fields.put(EVIDENCE_NEEDED, measure.evidenceNeeded());
        return fields;
    }

    /** The value columns; for an unmonetised measure (no value) every one of them is empty. */
    static Map<String, String> of(ProxyValue value) {
        Map<String, String> fields = new LinkedHashMap<>();
        VALUE_COLUMNS.forEach(column -> fields.put(column, ""));
        if (value == null) {
            return fields;
        }
        fields.put(VALUE_LOW, number(value.low()));
        fields.put(VALUE_CENTRAL, number(value.central()));
        fields.put(VALUE_HIGH, number(value.high()));
        fields.put(PRICE_BASE_YEAR, text(value.priceBaseYear()));
        fields.put(SOURCE_NAME, value.sourceName());
        fields.put(SOURCE_URL, value.sourceUrl());
        fields.put(LICENCE, value.licence());
        fields.put(
                EVIDENCE_GRADE,
                value.evidenceGrade() == null ? null : value.evidenceGrade().code());
        if (value.additionality() != null) {
            List<Factor> factors = value.additionality().factors();
            for (int i = 0; i < FACTORS.size(); i++) {
                fields.put(FACTORS.get(i), number(factors.get(i).value()));
                fields.put(FACTORS.get(i) + BASIS_SUFFIX, factors.get(i).basis().code());
            }
        }
        fields.put(BENEFIT_PERIOD_YEARS, text(value.benefitPeriodYears()));
        fields.put(
                VALUE_TYPE, value.valueType() == null ? "" : value.valueType().code());
        fields.put(DISCOUNT_SCHEDULE, value.discounting().code());
        return fields;
    }

    private static String number(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    private static String text(Integer number) {
        return number == null ? "" : number.toString();
    }
}
