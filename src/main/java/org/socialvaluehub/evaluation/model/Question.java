package org.socialvaluehub.evaluation.model;

import java.math.BigDecimal;
import org.springframework.modulith.NamedInterface;

/**
 * A qualitative question bidders answer in words, scored by evaluators on the rubric; it shares its section's weight.
 */
@NamedInterface("model")
public record Question(long id, Section section, String title, String guidance, BigDecimal weight) {

    /** Which weight a question shares: quality, or the qualitative part of social value. */
    @NamedInterface("model")
    public enum Section {
        QUALITY,
        SOCIAL
    }

    /** The criterion id in the decision matrix. */
    public String criterionId() {
        return "q" + id;
    }
}
