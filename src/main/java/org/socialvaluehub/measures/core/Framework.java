package org.socialvaluehub.measures.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The content of one framework version: themes, their outcomes, the measures serving those outcomes, and
 * the proxy values of the measures that are monetised (keyed by measure code; the others are counted, not
 * priced). It is immutable, so a pinned version always gives the same results.
 */
public record Framework(
        List<Theme> themes,
        List<Outcome> outcomes,
        List<Measure> measures,
        Map<String, ProxyValue> values,
        PriceBasis priceBasis) {

    /** A framework that states no price year (as files from before price years did): values stay in their own years. */
    public Framework(
            List<Theme> themes, List<Outcome> outcomes, List<Measure> measures, Map<String, ProxyValue> values) {
        this(themes, outcomes, measures, values, null);
    }

    public Framework {
        themes = List.copyOf(themes);
        outcomes = List.copyOf(outcomes);
        measures = List.copyOf(measures);
        values = Map.copyOf(values);
        List<Problem> problems = structureProblems(themes, outcomes, measures, values);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The same content with another price basis. */
    public Framework withPriceBasis(PriceBasis basis) {
        return new Framework(themes, outcomes, measures, values, basis);
    }

    public Optional<PriceBasis> basis() {
        return Optional.ofNullable(priceBasis);
    }

    public Optional<ProxyValue> valueOf(String measureCode) {
        return Optional.ofNullable(values.get(measureCode));
    }

    /** What stops this version being published: every value must be valid and carry its source. */
    public List<Problem> publicationProblems() {
        List<Problem> problems = new ArrayList<>();
        for (Measure measure : measures) {
            valueOf(measure.code())
                    .ifPresent(value -> value.publicationProblems()
                            .forEach(problem -> problems.add(
                                    new Problem(measure.code() + " " + problem.field(), problem.message()))));
        }
        return problems;
    }

    private static List<Problem> structureProblems(
            List<Theme> themes, List<Outcome> outcomes, List<Measure> measures, Map<String, ProxyValue> values) {
        List<Problem> problems = new ArrayList<>();
        Set<String> themeCodes = uniqueCodes(themes, Theme::code, FrameworkColumns.THEME_CODE, problems);
        Set<String> outcomeCodes = uniqueCodes(outcomes, Outcome::code, FrameworkColumns.OUTCOME_CODE, problems);
        Set<String> measureCodes = uniqueCodes(measures, Measure::code, FrameworkColumns.MEASURE_CODE, problems);
        outcomes.stream()
                .filter(o -> !themeCodes.contains(o.themeCode()))
                .forEach(o -> problems.add(new Problem(
                        FrameworkColumns.THEME_CODE,
                        "outcome " + o.code() + " names theme " + o.themeCode() + ", which does not exist")));
        measures.stream()
                .filter(m -> !outcomeCodes.contains(m.outcomeCode()))
                .forEach(m -> problems.add(new Problem(
                        FrameworkColumns.OUTCOME_CODE,
                        "measure " + m.code() + " names outcome " + m.outcomeCode() + ", which does not exist")));
        values.keySet().stream()
                .filter(code -> !measureCodes.contains(code))
                .forEach(code -> problems.add(new Problem(
                        FrameworkColumns.MEASURE_CODE,
                        "a value is given for measure " + code + ", which does not exist")));
        for (Measure measure : measures) {
            ProxyValue value = values.get(measure.code());
            if (value != null && value.unit() != measure.unit()) {
                problems.add(new Problem(
                        FrameworkColumns.UNIT,
                        "measure " + measure.code() + " is counted in " + measure.unit() + " but its value is per "
                                + value.unit()));
            }
        }
        return problems;
    }

    private static <T> Set<String> uniqueCodes(
            List<T> items, Function<T, String> code, String field, List<Problem> problems) {
        Set<String> codes = new HashSet<>();
        for (T item : items) {
            if (!codes.add(code.apply(item))) {
                problems.add(new Problem(field, code.apply(item) + " is used more than once"));
            }
        }
        return codes;
    }
}
