package org.socialvaluehub.evaluation.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The weights of price, quality and social value in percent, and the rubric's descriptors, as the buyer sets them. */
public class WeightsForm {

    @NotNull(message = "{evaluation.model.weight.missing}")
    @DecimalMin(value = "0", message = "{evaluation.model.weight.range}")
    @DecimalMax(value = "100", message = "{evaluation.model.weight.range}")
    private BigDecimal priceWeight;

    @NotNull(message = "{evaluation.model.weight.missing}")
    @DecimalMin(value = "0", message = "{evaluation.model.weight.range}")
    @DecimalMax(value = "100", message = "{evaluation.model.weight.range}")
    private BigDecimal qualityWeight;

    @NotNull(message = "{evaluation.model.weight.missing}")
    @DecimalMin(value = "0", message = "{evaluation.model.weight.range}")
    @DecimalMax(value = "100", message = "{evaluation.model.weight.range}")
    private BigDecimal socialWeight;

    private String socialJustification;

    private List<String> descriptors = new ArrayList<>();

    static WeightsForm of(EvaluationModel model) {
        WeightsForm form = new WeightsForm();
        form.priceWeight = plain(model.priceWeight());
        form.qualityWeight = plain(model.qualityWeight());
        form.socialWeight = plain(model.socialWeight());
        form.socialJustification = model.socialJustification();
        form.descriptors = new ArrayList<>(
                model.rubric().stream().map(RubricLevel::descriptor).toList());
        return form;
    }

    /** 50.00 shown as 50, not 5E+1. */
    private static BigDecimal plain(BigDecimal weight) {
        return new BigDecimal(weight.stripTrailingZeros().toPlainString());
    }

    static WeightsForm defaults(List<String> descriptors) {
        WeightsForm form = new WeightsForm();
        form.priceWeight = new BigDecimal(50);
        form.qualityWeight = new BigDecimal(30);
        form.socialWeight = new BigDecimal(20);
        form.descriptors = new ArrayList<>(descriptors);
        return form;
    }

    public BigDecimal getPriceWeight() {
        return priceWeight;
    }

    public void setPriceWeight(BigDecimal priceWeight) {
        this.priceWeight = priceWeight;
    }

    public BigDecimal getQualityWeight() {
        return qualityWeight;
    }

    public void setQualityWeight(BigDecimal qualityWeight) {
        this.qualityWeight = qualityWeight;
    }

    public BigDecimal getSocialWeight() {
        return socialWeight;
    }

    public void setSocialWeight(BigDecimal socialWeight) {
        this.socialWeight = socialWeight;
    }

    public String getSocialJustification() {
        return socialJustification;
    }

    public void setSocialJustification(String socialJustification) {
        this.socialJustification = socialJustification;
    }

    public List<String> getDescriptors() {
        return descriptors;
    }

    public void setDescriptors(List<String> descriptors) {
        this.descriptors = descriptors;
    }
}
