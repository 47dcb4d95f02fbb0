package org.socialvaluehub.measures;

import jakarta.validation.constraints.Size;
import org.socialvaluehub.shared.Title;

/**
 * The proxy value half of {@link MeasureForm}: the low, central and high values with their price base year, source and
 * evidence grade, and the deadweight, displacement, attribution and drop-off that adjust them, each with its basis.
 */
abstract class ProxyValueFields extends ValueKindFields {

    private String valueLow, valueCentral, valueHigh, priceBaseYear, evidenceGrade;
    @Title(message = "{text.tooLong}", oneLine = "{text.oneLine}")
    private String sourceName, licence;

    @Size(max = 2000, message = "{text.tooLong}")
    private String sourceUrl;

    private String deadweight, deadweightBasis, displacement, displacementBasis, attribution, attributionBasis;
    private String dropOff, dropOffBasis, benefitPeriodYears;

    public String getValueLow() {
        return valueLow;
    }

    public void setValueLow(String valueLow) {
        this.valueLow = valueLow;
    }

    public String getValueCentral() {
        return valueCentral;
    }

    public void setValueCentral(String valueCentral) {
        this.valueCentral = valueCentral;
    }

    public String getValueHigh() {
        return valueHigh;
    }

    public void setValueHigh(String valueHigh) {
        this.valueHigh = valueHigh;
    }

    public String getPriceBaseYear() {
        return priceBaseYear;
    }

    public void setPriceBaseYear(String priceBaseYear) {
        this.priceBaseYear = priceBaseYear;
    }

    public String getEvidenceGrade() {
        return evidenceGrade;
    }

    public void setEvidenceGrade(String evidenceGrade) {
        this.evidenceGrade = evidenceGrade;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getDeadweight() {
        return deadweight;
    }

    public void setDeadweight(String deadweight) {
        this.deadweight = deadweight;
    }

    public String getDeadweightBasis() {
        return deadweightBasis;
    }

    public void setDeadweightBasis(String deadweightBasis) {
        this.deadweightBasis = deadweightBasis;
    }

    public String getDisplacement() {
        return displacement;
    }

    public void setDisplacement(String displacement) {
        this.displacement = displacement;
    }

    public String getDisplacementBasis() {
        return displacementBasis;
    }

    public void setDisplacementBasis(String displacementBasis) {
        this.displacementBasis = displacementBasis;
    }

    public String getAttribution() {
        return attribution;
    }

    public void setAttribution(String attribution) {
        this.attribution = attribution;
    }

    public String getAttributionBasis() {
        return attributionBasis;
    }

    public void setAttributionBasis(String attributionBasis) {
        this.attributionBasis = attributionBasis;
    }

    public String getDropOff() {
        return dropOff;
    }

    public void setDropOff(String dropOff) {
        this.dropOff = dropOff;
    }

    public String getDropOffBasis() {
        return dropOffBasis;
    }

    public void setDropOffBasis(String dropOffBasis) {
        this.dropOffBasis = dropOffBasis;
    }

    public String getBenefitPeriodYears() {
        return benefitPeriodYears;
    }

    public void setBenefitPeriodYears(String benefitPeriodYears) {
        this.benefitPeriodYears = benefitPeriodYears;
    }
}
