package org.socialvaluehub.evaluation.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rule on how much social value weighs: PPN 002 asks for at least 10% of the total score, and a lower weighting
 * needs its reason recorded (its one exception: where pre-market engagement shows the market is too immature, 10% of
 * the quality score). A partnership may set its own floor, and buyers who must apply PPN 002 can make 10% a hard floor.
 */
@Component
class SocialValueWeighting {

    /** The longest reason kept for a weighting below 10%. */
    static final int JUSTIFICATION_MAX = 2000;

    private final BigDecimal partnershipFloor;
    private final boolean hardFloor;

    SocialValueWeighting(
            @Value("${svh.evaluation.social-value-floor:0}") BigDecimal partnershipFloor,
            @Value("${svh.evaluation.social-value-floor-is-hard:false}") boolean hardFloor) {
        this.partnershipFloor = partnershipFloor;
        this.hardFloor = hardFloor;
    }

    BigDecimal partnershipFloor() {
        return partnershipFloor;
    }

    boolean hardFloor() {
        return hardFloor;
    }

    /** The message key of the rule these weights break, if any. */
    Optional<String> refusal(BigDecimal social, String justification) {
        if (social.compareTo(partnershipFloor) < 0) {
            return Optional.of("evaluation.model.weights.floor");
        }
        if (social.compareTo(EvaluationModel.GOVERNMENT_MINIMUM) >= 0) {
            return Optional.empty();
        }
        if (hardFloor) {
            return Optional.of("evaluation.model.weights.hardFloor");
        }
        if (justification == null || justification.isBlank()) {
            return Optional.of("evaluation.model.weights.justification");
        }
        if (justification.strip().length() > JUSTIFICATION_MAX) {
            return Optional.of("evaluation.model.weights.justification.tooLong");
        }
        return Optional.empty();
    }

    /** The reason to keep: only a weighting below 10% has one. */
    String kept(BigDecimal social, String justification) {
        return social.compareTo(EvaluationModel.GOVERNMENT_MINIMUM) < 0 && justification != null
                ? justification.strip()
                : null;
    }
}
