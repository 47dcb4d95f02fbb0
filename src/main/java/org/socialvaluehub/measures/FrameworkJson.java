package org.socialvaluehub.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.measures.core.DeflatorSeries;
import org.socialvaluehub.measures.core.Factor;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.Measure;
import org.socialvaluehub.measures.core.Outcome;
import org.socialvaluehub.measures.core.PriceBasis;
import org.socialvaluehub.measures.core.ProxyValue;

/**
 * The read-only JSON shapes of {@code /api/v1/framework}: a version with its themes, outcomes, measures, values and
 * sources.
 */
final class FrameworkJson {

    private FrameworkJson() {}

    /** Who published is kept for the audit trail but not shown publicly: people's details are not public. */
    record VersionSummary(int number, String changeNote, Instant publishedAt, Integer basedOn, String href) {
        static VersionSummary of(FrameworkVersion v) {
            return new VersionSummary(
                    v.number(),
                    v.changeNote(),
                    v.publishedAt(),
                    v.basedOn(),
                    "/api/v1/framework/versions/" + v.number());
        }
    }

    /**
     * A version; {@code priceYear} and {@code appraisalBaseYear} (such as "2024-25") are null for a version
     * that states none.
     */
    record Version(
            int number,
            String changeNote,
            Instant publishedAt,
            String priceYear,
            String appraisalBaseYear,
            List<ThemeJson> themes) {
        static Version of(FrameworkVersion v, DeflatorSeries deflators) {
            Framework f = v.content();
            PriceBasis basis = f.priceBasis();
            return new Version(
                    v.number(),
                    v.changeNote(),
                    v.publishedAt(),
                    basis == null ? null : PriceBasis.label(basis.priceYear()),
                    basis == null ? null : PriceBasis.label(basis.baseYear()),
                    f.themes().stream()
                            .map(t -> new ThemeJson(
                                    t.code(),
                                    t.name(),
                                    f.outcomes().stream()
                                            .filter(o -> o.themeCode().equals(t.code()))
                                            .map(o -> OutcomeJson.of(o, f, deflators))
                                            .toList()))
                            .toList());
        }
    }

    record ThemeJson(String code, String name, List<OutcomeJson> outcomes) {}

    record OutcomeJson(
            String code, String name, List<String> ukSocialValueModel, List<Integer> sdgs, List<MeasureJson> measures) {
        static OutcomeJson of(Outcome o, Framework f, DeflatorSeries deflators) {
            return new OutcomeJson(
                    o.code(),
                    o.name(),
                    o.socialValueModelRefs(),
                    o.sdgs(),
                    f.measures().stream()
                            .filter(m -> m.outcomeCode().equals(o.code()))
                            .map(m -> MeasureJson.of(
                                    m,
                                    f.valueOf(m.code())
                                            .map(v -> ValueJson.of(v, f.priceBasis(), deflators))
                                            .orElse(null)))
                            .toList());
        }
    }

    record MeasureJson(
            String code,
            String name,
            String description,
            String unit,
            String countingRules,
            String evidenceNeeded,
            ValueJson value) {
        static MeasureJson of(Measure m, ValueJson v) {
            return new MeasureJson(
                    m.code(), m.name(), m.description(), m.unit().code(), m.countingRules(), m.evidenceNeeded(), v);
        }
    }

    /**
     * A value per unit: {@code low}, {@code central} and {@code high} are in {@code priceYear} prices (its
     * own); {@code inVersionPriceYear} restates them in the version's price year, null where the deflator
     * series does not cover the years. {@code valueType} is social, fiscal or economic (null if not stated).
     */
    record ValueJson(
            String valueType,
            BigDecimal low,
            BigDecimal central,
            BigDecimal high,
            String unit,
            String priceYear,
            Integer priceBaseYear,
            Restated inVersionPriceYear,
            String discountSchedule,
            Source source,
            String evidenceGrade,
            Map<String, FactorJson> additionality,
            Integer benefitPeriodYears) {
        static ValueJson of(ProxyValue v, PriceBasis basis, DeflatorSeries deflators) {
            var a = v.additionality();
            return new ValueJson(
                    v.valueType() == null ? null : v.valueType().code(),
                    v.low(),
                    v.central(),
                    v.high(),
                    v.unit().code(),
                    PriceBasis.label(v.priceBaseYear()),
                    v.priceBaseYear(),
                    Restated.of(v, basis, deflators),
                    v.discounting().code(),
                    new Source(v.sourceName(), v.sourceUrl(), v.licence()),
                    v.evidenceGrade().code(),
                    Map.of(
                            "deadweight",
                            FactorJson.of(a.deadweight()),
                            "displacement",
                            FactorJson.of(a.displacement()),
                            "attribution",
                            FactorJson.of(a.attribution()),
                            "dropOff",
                            FactorJson.of(a.dropOff()),
                            "leakage",
                            FactorJson.of(a.leakage()),
                            "substitution",
                            FactorJson.of(a.substitution())),
                    v.benefitPeriodYears());
        }
    }

    /** Low, central and high of one unit in another year's prices, rounded to pence. */
    record Restated(BigDecimal low, BigDecimal central, BigDecimal high, String priceYear) {
        static Restated of(ProxyValue v, PriceBasis basis, DeflatorSeries deflators) {
            if (basis == null || !deflators.covers(v.priceBaseYear()) || !deflators.covers(basis.priceYear())) {
                return null;
            }
            ProxyValue r = v.rebasedTo(basis.priceYear(), deflators);
            return new Restated(
                    pence(r.low()), pence(r.central()), pence(r.high()), PriceBasis.label(basis.priceYear()));
        }

        private static BigDecimal pence(BigDecimal pounds) {
            return pounds.setScale(2, RoundingMode.HALF_UP);
        }
    }

    record Source(String name, String url, String licence) {}

    record FactorJson(BigDecimal value, String basis) {
        static FactorJson of(Factor f) {
            return new FactorJson(f.value(), f.basis().code());
        }
    }

    record Priorities(int frameworkVersion, String reasoning, Instant publishedAt, List<OutcomePoints> outcomes) {
        static Priorities of(PrioritySet set) {
            return new Priorities(
                    set.versionNumber(),
                    set.reasoning(),
                    set.publishedAt(),
                    set.weights().pointsByOutcome().entrySet().stream()
                            .map(e -> new OutcomePoints(
                                    e.getKey(), e.getValue(), set.weights().weightOf(e.getKey())))
                            .toList());
        }
    }

    record OutcomePoints(String outcome, int points, BigDecimal weight) {}
}
