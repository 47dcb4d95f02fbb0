package org.socialvaluehub.measures;

import java.util.Collection;
import java.util.List;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.Measure;
import org.socialvaluehub.measures.core.Outcome;
import org.socialvaluehub.measures.core.ProxyValue;
import org.socialvaluehub.measures.core.Theme;

/** A framework laid out for a page: themes, their outcomes, and the measures (with values) under each. */
record FrameworkView(List<ThemeView> themes, int measureCount) {

    record ThemeView(Theme theme, List<OutcomeView> outcomes) {}

    record OutcomeView(Outcome outcome, List<MeasureView> measures) {}

    record MeasureView(Measure measure, ProxyValue value) {}

    static FrameworkView of(Framework framework) {
        return of(framework, null);
    }

    /** Only the measures whose codes are in {@code shown} (all when null), dropping outcomes and themes left empty. */
    static FrameworkView of(Framework framework, Collection<String> shown) {
        List<ThemeView> themes = framework.themes().stream()
                .map(theme -> new ThemeView(
                        theme,
                        framework.outcomes().stream()
                                .filter(o -> o.themeCode().equals(theme.code()))
                                .map(o -> new OutcomeView(
                                        o,
                                        framework.measures().stream()
                                                .filter(m -> m.outcomeCode().equals(o.code()))
                                                .filter(m -> shown == null || shown.contains(m.code()))
                                                .map(m -> new MeasureView(
                                                        m,
                                                        framework
                                                                .valueOf(m.code())
                                                                .orElse(null)))
                                                .toList()))
                                .filter(o -> shown == null || !o.measures().isEmpty())
                                .toList()))
                .filter(t -> shown == null || !t.outcomes().isEmpty())
                .toList();
        int count = themes.stream()
                .flatMap(t -> t.outcomes().stream())
                .mapToInt(o -> o.measures().size())
                .sum();
        return new FrameworkView(themes, count);
    }
}
