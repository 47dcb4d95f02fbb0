package org.socialvaluehub.measures.core;

import static org.socialvaluehub.measures.core.FrameworkColumns.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One parsed row of the framework CSV: always a theme; an outcome unless the outcome columns are empty; a
 * measure unless the measure columns are empty; a value only when the measure is monetised.
 */
record FrameworkCsvRow(long line, Theme theme, Outcome outcome, Measure measure, ProxyValue value) {

    private static final List<String> MEASURE_COLUMNS = ALL.subList(ALL.indexOf(MEASURE_CODE), ALL.size());
    private static final List<String> OUTCOME_COLUMNS = ALL.subList(ALL.indexOf(OUTCOME_CODE), ALL.size());

    static FrameworkCsvRow parse(RowCells cells) {
        Theme theme = new Theme(cells.code(THEME_CODE), cells.required(THEME_NAME));
        if (cells.blank(OUTCOME_CODE)) {
            onlyBlank(cells, OUTCOME_COLUMNS, "outcome_code is empty, so this row may only name a theme");
            return new FrameworkCsvRow(cells.line(), theme, null, null, null);
        }
        Outcome outcome = new Outcome(
                cells.code(OUTCOME_CODE),
                theme.code(),
                cells.required(OUTCOME_NAME),
                list(cells.text(OUTCOME_SOCIAL_VALUE_MODEL)),
                sdgs(cells));
        if (cells.blank(MEASURE_CODE)) {
            onlyBlank(cells, MEASURE_COLUMNS, "measure_code is empty, so this row may only name an outcome");
            return new FrameworkCsvRow(cells.line(), theme, outcome, null, null);
        }
        Unit unit = cells.choice(UNIT, Unit::fromText, Unit.allowedCodes());
        Measure measure = new Measure(
                cells.code(MEASURE_CODE),
                outcome.code(),
                cells.required(MEASURE_NAME),
                cells.text(MEASURE_DESCRIPTION),
                unit,
                cells.text(COUNTING_RULES),
                cells.text(EVIDENCE_NEEDED));
        return new FrameworkCsvRow(cells.line(), theme, outcome, measure, value(cells, unit));
    }

    private static ProxyValue value(RowCells cells, Unit unit) {
        if (cells.allBlank(VALUE_COLUMNS)) {
            return null;
        }
        if (cells.blank(VALUE_CENTRAL)) {
            cells.problem(
                    VALUE_CENTRAL,
                    "is empty, but other value columns are filled: fill it, or clear "
                            + "every value column to leave the measure unmonetised (counted, not priced)");
            return null;
        }
        List<Factor> factors = new ArrayList<>();
        for (String column : FACTORS) {
            factors.add(factor(cells, column));
        }
        Additionality additionality = factors.contains(null)
                ? null
                : new Additionality(
                        factors.get(0), factors.get(1), factors.get(2), factors.get(3), factors.get(4), factors.get(5));
        ProxyValue value = new ProxyValue(
                cells.decimal(VALUE_LOW),
                cells.decimal(VALUE_CENTRAL),
                cells.decimal(VALUE_HIGH),
                unit,
                cells.integer(PRICE_BASE_YEAR),
                cells.text(SOURCE_NAME),
                cells.text(SOURCE_URL),
                cells.text(LICENCE),
                cells.choice(EVIDENCE_GRADE, EvidenceGrade::fromText, "bronze, silver, gold"),
                additionality,
                cells.integer(BENEFIT_PERIOD_YEARS),
                cells.has(VALUE_TYPE) ? cells.choice(VALUE_TYPE, ValueType::fromText, ValueType.allowedCodes()) : null,
                cells.has(DISCOUNT_SCHEDULE)
                        ? cells.choice(DISCOUNT_SCHEDULE, DiscountSchedule::fromText, DiscountSchedule.allowedCodes())
                        : DiscountSchedule.STANDARD);
        for (Problem problem : value.problems()) {
            boolean alreadyReported =
                    cells.hasProblemIn(problem.field()) || (additionality == null && FACTORS.contains(problem.field()));
            if (!alreadyReported) {
                cells.problem(problem.field(), problem.message());
            }
        }
        return value;
    }

    /**
     * A factor needs its value and its basis; its range is checked here so it is reported even when a sibling is
     * unreadable.
     */
    private static Factor factor(RowCells cells, String column) {
        String basisColumn = column + BASIS_SUFFIX;
        if (!cells.has(column) && !cells.has(basisColumn)) {
            return Factor.notAssessed();
        }
        if (cells.blank(column)) {
            cells.problem(
                    column,
                    "is empty: state it, or enter the agreed default and put 'default' in " + basisColumn
                            + "; it is never taken as zero");
        }
        var value = cells.blank(column) ? null : cells.decimal(column);
        var basis = cells.choice(basisColumn, Factor.Basis::fromText, "stated, default");
        if (value == null || basis == null) {
            return null;
        }
        Factor factor = new Factor(value, basis);
        factor.problems(column).forEach(p -> cells.problem(p.field(), p.message()));
        return factor.problems(column).isEmpty() ? factor : null;
    }

    private static void onlyBlank(RowCells cells, List<String> columns, String why) {
        columns.stream().filter(c -> !cells.blank(c)).forEach(c -> cells.problem(c, "must be empty: " + why));
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<Integer> sdgs(RowCells cells) {
        List<Integer> sdgs = new ArrayList<>();
        for (String item : list(cells.text(OUTCOME_SDGS))) {
            try {
                int goal = Integer.parseInt(item);
                if (goal < 1 || goal > 17) {
                    throw new NumberFormatException();
                }
                sdgs.add(goal);
            } catch (NumberFormatException e) {
                cells.problem(OUTCOME_SDGS, "'" + item + "' is not a UN SDG number (1 to 17); separate goals with ';'");
            }
        }
        return sdgs;
    }
}
