package org.socialvaluehub.evaluation.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.measures.Frameworks;
import org.socialvaluehub.measures.core.DeliveredValue;
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

    /**
     * The commitment's value as shown on results: of its type, in the pinned version's price year and
     * discounted from the delivery date, or why it cannot be valued. Scoring keeps using {@link #central}.
     */
    public DeliveredValue delivered(
            Evaluation evaluation, String measureCode, BigDecimal quantity, LocalDate deliveredOn) {
        if (evaluation.frameworkVersion() == null) {
            return DeliveredValue.notPriced();
        }
        return frameworks.valueDelivered(evaluation.frameworkVersion(), measureCode, quantity, deliveredOn);
    }

    double central(Evaluation evaluation, String measureCode, BigDecimal quantity) {
        return of(evaluation, measureCode, quantity)
                .map(range -> range.central().doubleValue())
                .orElse(0.0);
    }
}
