package org.socialvaluehub.evaluation.results;

import java.math.BigDecimal;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.measures.Frameworks;
import org.socialvaluehub.measures.core.ValueRange;
import org.springframework.stereotype.Component;

/**
 * The money estimate of a commitment from the opportunity's pinned framework version: low, central and high
 * after additionality; empty for measures that are counted, not priced.
 */
@Component
public class Valuations {

    private final Frameworks frameworks;

    Valuations(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    public Optional<ValueRange> of(Evaluation evaluation, String measureCode, BigDecimal quantity) {
        if (evaluation.frameworkVersion() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(frameworks.value(evaluation.frameworkVersion(), measureCode, quantity));
        } catch (IllegalArgumentException unpriced) {
            return Optional.empty();
        }
    }

    double central(Evaluation evaluation, String measureCode, BigDecimal quantity) {
        return of(evaluation, measureCode, quantity)
                .map(range -> range.central().doubleValue())
                .orElse(0.0);
    }
}
