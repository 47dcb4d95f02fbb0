package org.socialvaluehub.evaluation.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** A quantitative social value criterion as the buyer adds it: a measure, how it is scored and its weight. */
public class MeasureForm {

    @NotBlank(message = "{evaluation.model.measure.missing}")
    private String measureCode;

    @NotBlank(message = "{evaluation.model.scoring.missing}")
    @Pattern(
            regexp = "^$|value-over-best|target-per-million|monetised-over-best",
            message = "{evaluation.model.scoring.missing}")
    private String scoring;

    @DecimalMin(value = "0.01", message = "{evaluation.model.measure.target}")
    private BigDecimal target;

    @NotNull(message = "{evaluation.model.itemWeight.missing}")
    @DecimalMin(value = "0.01", message = "{evaluation.model.itemWeight.missing}")
    private BigDecimal weight = BigDecimal.ONE;

    public String getMeasureCode() {
        return measureCode;
    }

    public void setMeasureCode(String measureCode) {
        this.measureCode = measureCode;
    }

    public String getScoring() {
        return scoring;
    }

    public void setScoring(String scoring) {
        this.scoring = scoring;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }
}
