package org.socialvaluehub.measures.core;

import java.util.List;

/**
 * The column names of the framework CSV, in file order. They double as the field names in problems
 * and in version comparisons, so a message always points at something a person can find in the file.
 */
public final class FrameworkColumns {

    public static final String THEME_CODE = "theme_code";
    public static final String THEME_NAME = "theme_name";
    public static final String OUTCOME_CODE = "outcome_code";
    public static final String OUTCOME_NAME = "outcome_name";
    public static final String OUTCOME_SOCIAL_VALUE_MODEL = "outcome_uk_social_value_model";
    public static final String OUTCOME_SDGS = "outcome_un_sdgs";
    public static final String MEASURE_CODE = "measure_code";
    public static final String MEASURE_NAME = "measure_name";
    public static final String MEASURE_DESCRIPTION = "measure_description";
    public static final String UNIT = "unit";
    public static final String COUNTING_RULES = "counting_rules";
    public static final String EVIDENCE_NEEDED = "evidence_needed";
    public static final String VALUE_LOW = "value_low";
    public static final String VALUE_CENTRAL = "value_central";
    public static final String VALUE_HIGH = "value_high";
    public static final String PRICE_BASE_YEAR = "price_base_year";
    public static final String SOURCE_NAME = "source_name";
    public static final String SOURCE_URL = "source_url";
    public static final String LICENCE = "licence";
    public static final String EVIDENCE_GRADE = "evidence_grade";
    public static final String VALUE_TYPE = "value_type";
    public static final String DISCOUNT_SCHEDULE = "discount_schedule";
    public static final String DEADWEIGHT = "deadweight";
    public static final String DISPLACEMENT = "displacement";
    public static final String ATTRIBUTION = "attribution";
    public static final String DROP_OFF = "drop_off";
    public static final String BENEFIT_PERIOD_YEARS = "benefit_period_years";
    public static final String LEAKAGE = "leakage";
    public static final String SUBSTITUTION = "substitution";
    /** Each additionality factor has a companion column saying whether it was stated or defaulted. */
    public static final String BASIS_SUFFIX = "_basis";

    public static final List<String> FACTORS =
            List.of(DEADWEIGHT, DISPLACEMENT, ATTRIBUTION, DROP_OFF, LEAKAGE, SUBSTITUTION);

    public static final List<String> ALL = List.of(
            THEME_CODE,
            THEME_NAME,
            OUTCOME_CODE,
            OUTCOME_NAME,
            OUTCOME_SOCIAL_VALUE_MODEL,
            OUTCOME_SDGS,
            MEASURE_CODE,
            MEASURE_NAME,
            MEASURE_DESCRIPTION,
            UNIT,
            COUNTING_RULES,
            EVIDENCE_NEEDED,
            VALUE_LOW,
            VALUE_CENTRAL,
            VALUE_HIGH,
            PRICE_BASE_YEAR,
            SOURCE_NAME,
            SOURCE_URL,
            LICENCE,
            EVIDENCE_GRADE,
            DEADWEIGHT,
            DEADWEIGHT + BASIS_SUFFIX,
            DISPLACEMENT,
            DISPLACEMENT + BASIS_SUFFIX,
            ATTRIBUTION,
            ATTRIBUTION + BASIS_SUFFIX,
            DROP_OFF,
            DROP_OFF + BASIS_SUFFIX,
            BENEFIT_PERIOD_YEARS,
            VALUE_TYPE,
            DISCOUNT_SCHEDULE,
            LEAKAGE,
            LEAKAGE + BASIS_SUFFIX,
            SUBSTITUTION,
            SUBSTITUTION + BASIS_SUFFIX);

    /**
     * Columns added after the first published versions: a file without them is still read (a published
     * version never changes, so its stored file must keep giving the same results), and its values are
     * of no stated type, discounted at the standard rate.
     */
    public static final List<String> ADDED_LATER = List.of(
            VALUE_TYPE, DISCOUNT_SCHEDULE, LEAKAGE, LEAKAGE + BASIS_SUFFIX, SUBSTITUTION, SUBSTITUTION + BASIS_SUFFIX);

    /** The columns that belong to a proxy value; all of them are empty for an unmonetised measure. */
    public static final List<String> VALUE_COLUMNS = ALL.subList(ALL.indexOf(VALUE_LOW), ALL.size());

    private FrameworkColumns() {}
}
