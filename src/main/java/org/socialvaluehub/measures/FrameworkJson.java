package org.socialvaluehub.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.measures.core.Factor;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.Measure;
import org.socialvaluehub.measures.core.Outcome;
import org.socialvaluehub.measures.core.ProxyValue;

/** The read-only JSON shapes of {@code /api/v1/framework}: a version with its themes, outcomes, measures, values and sources. */
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

    record Version(int number, String changeNote, Instant publishedAt, List<ThemeJson> themes) {
        static Version of(FrameworkVersion v) {
            Framework f = v.content();
            return new Version(
                    v.number(),
                    v.changeNote(),
                    v.publishedAt(),
                    f.themes().stream()
                            .map(t -> new ThemeJson(
                                    t.code(),
                                    t.name(),
                                    f.outcomes().stream()
                                            .filter(o -> o.themeCode().equals(t.code()))
                                            .map(o -> OutcomeJson.of(o, f))
                                            .toList()))
                            .toList());
        }
    }

    record ThemeJson(String code, String name, List<OutcomeJson> outcomes) {}

    record OutcomeJson(
            String code, String name, List<String> ukSocialValueModel, List<Integer> sdgs, List<MeasureJson> measures) {
        static OutcomeJson of(Outcome o, Framework f) {
            return new OutcomeJson(
                    o.code(),
                    o.name(),
                    o.socialValueModelRefs(),
                    o.sdgs(),
                    f.measures().stream()
                            .filter(m -> m.outcomeCode().equals(o.code()))
                            .map(m -> MeasureJson.of(m, f.valueOf(m.code()).orElse(null)))
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
        static MeasureJson of(Measure m, ProxyValue v) {
            return new MeasureJson(
                    m.code(),
                    m.name(),
                    m.description(),
                    m.unit().code(),
                    m.countingRules(),
                    m.evidenceNeeded(),
                    v == null ? null : ValueJson.of(v));
        }
    }

    record ValueJson(
            BigDecimal low,
            BigDecimal central,
            BigDecimal high,
            String unit,
            Integer priceBaseYear,
            Source source,
            String evidenceGrade,
            Map<String, FactorJson> additionality,
            Integer benefitPeriodYears) {
        static ValueJson of(ProxyValue v) {
            var a = v.additionality();
            return new ValueJson(
                    v.low(),
                    v.central(),
                    v.high(),
                    v.unit().code(),
                    v.priceBaseYear(),
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
                            FactorJson.of(a.dropOff())),
                    v.benefitPeriodYears());
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
