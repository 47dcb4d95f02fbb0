package org.socialvaluehub.evaluation.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.socialvaluehub.shared.LongText;
import org.socialvaluehub.shared.Title;

/** A qualitative question as the buyer adds it to the model. */
public class QuestionForm {

    @NotBlank(message = "{evaluation.model.section.missing}")
    @Pattern(regexp = "^$|QUALITY|SOCIAL", message = "{evaluation.model.section.missing}")
    private String section;

    @NotBlank(message = "{evaluation.model.title.missing}")
    @Title(message = "{evaluation.model.title.tooLong}", oneLine = "{evaluation.model.title.oneLine}")
    private String title;

    @LongText
    private String guidance = "";

    @NotNull(message = "{evaluation.model.itemWeight.missing}")
    @DecimalMin(value = "0.01", message = "{evaluation.model.itemWeight.missing}")
    private BigDecimal weight = BigDecimal.ONE;

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }
}
