package org.socialvaluehub.evaluation.results;

import java.math.BigDecimal;
import java.util.Optional;
import org.socialvaluehub.measures.Frameworks;
import org.socialvaluehub.measures.core.ValueRange;
import org.socialvaluehub.opportunities.Opportunity;
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

    public Optional<ValueRange> of(Opportunity opportunity, String measureCode, BigDecimal quantity) {
        if (opportunity.frameworkVersion() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(frameworks.value(opportunity.frameworkVersion(), measureCode, quantity));
        } catch (IllegalArgumentException unpriced) {
            return Optional.empty();
        }
    }

    double central(Opportunity opportunity, String measureCode, BigDecimal quantity) {
        return of(opportunity, measureCode, quantity).map(range -> range.central().doubleValue()).orElse(0.0);
    }
}
