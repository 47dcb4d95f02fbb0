package org.socialvaluehub.measures;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.measures.core.FrameworkColumns;
import org.socialvaluehub.shared.LongText;
import org.socialvaluehub.shared.Title;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/**
 * A measure and its proxy value as typed on the edit page. Every field is text, named like its CSV
 * column in camel case, so a problem from the core ("value_low") points at the field ("valueLow").
 */
class MeasureForm {

    /** The columns the form edits: from measure_code to the end of the row. */
    static final List<String> COLUMNS = FrameworkColumns.ALL.subList(
            FrameworkColumns.ALL.indexOf(FrameworkColumns.MEASURE_CODE), FrameworkColumns.ALL.size());

    private Long draftId;
    private String originalCode;
    private String measureCode, outcomeCode, unit;

    @Title(message = "{measure.measureName.tooLong}", oneLine = "{measure.measureName.oneLine}")
    private String measureName;

    @LongText
    private String measureDescription, countingRules, evidenceNeeded;
    private String valueLow, valueCentral, valueHigh, priceBaseYear, evidenceGrade;
    @Title(message = "{text.tooLong}", oneLine = "{text.oneLine}")
    private String sourceName, licence;

    @Size(max = 2000, message = "{text.tooLong}")
    private String sourceUrl;

    private String deadweight, deadweightBasis, displacement, displacementBasis, attribution, attributionBasis;
    private String dropOff, dropOffBasis, benefitPeriodYears, valueType, discountSchedule;
    private String leakage, leakageBasis, substitution, substitutionBasis;

    /** The form field for a CSV column name: {@code value_low} → {@code valueLow}. */
    static String field(String column) {
        String[] words = column.split("_");
        StringBuilder camel = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return switch (camel.toString()) {
            case "outcomeUkSocialValueModel", "outcomeUnSdgs", "outcomeName", "themeCode", "themeName" -> "outcomeCode";
            default -> camel.toString();
        };
    }

    /** The cells of the form by CSV column, trimmed: the measure's own columns and its value's. */
    Map<String, String> cells() {
        BeanWrapper bean = new BeanWrapperImpl(this);
        Map<String, String> cells = new LinkedHashMap<>();
        COLUMNS.forEach(column -> {
            Object text = bean.getPropertyValue(field(column));
            cells.put(column, text == null ? "" : text.toString().strip());
        });
        return cells;
    }

    /** A form showing one row of the framework CSV. */
    static MeasureForm of(Map<String, String> row) {
        MeasureForm form = new MeasureForm();
        BeanWrapper bean = new BeanWrapperImpl(form);
        COLUMNS.forEach(column -> bean.setPropertyValue(field(column), row.getOrDefault(column, "")));
        form.outcomeCode = row.getOrDefault(FrameworkColumns.OUTCOME_CODE, "");
        form.originalCode = form.measureCode;
        return form;
    }

    public Long getDraftId() {
        return draftId;
    }

    public void setDraftId(Long draftId) {
        this.draftId = draftId;
    }

    public String getOriginalCode() {
        return originalCode;
    }

    public void setOriginalCode(String originalCode) {
        this.originalCode = originalCode;
    }

    public String getMeasureCode() {
        return measureCode;
    }

    public void setMeasureCode(String measureCode) {
        this.measureCode = measureCode;
    }

    public String getOutcomeCode() {
        return outcomeCode;
    }

    public void setOutcomeCode(String outcomeCode) {
        this.outcomeCode = outcomeCode;
    }

    public String getMeasureName() {
        return measureName;
    }

    public void setMeasureName(String measureName) {
        this.measureName = measureName;
    }

    public String getMeasureDescription() {
        return measureDescription;
    }

    public void setMeasureDescription(String measureDescription) {
        this.measureDescription = measureDescription;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getCountingRules() {
        return countingRules;
    }

    public void setCountingRules(String countingRules) {
        this.countingRules = countingRules;
    }

    public String getEvidenceNeeded() {
        return evidenceNeeded;
    }

    public void setEvidenceNeeded(String evidenceNeeded) {
        this.evidenceNeeded = evidenceNeeded;
    }

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

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getEvidenceGrade() {
        return evidenceGrade;
    }

    public void setEvidenceGrade(String evidenceGrade) {
        this.evidenceGrade = evidenceGrade;
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

    public String getValueType() {
        return valueType;
    }

    public void setValueType(String valueType) {
        this.valueType = valueType;
    }

    public String getDiscountSchedule() {
        return discountSchedule;
    }

    public void setDiscountSchedule(String discountSchedule) {
        this.discountSchedule = discountSchedule;
    }

    public String getLeakage() {
        return leakage;
    }

    public void setLeakage(String leakage) {
        this.leakage = leakage;
    }

    public String getLeakageBasis() {
        return leakageBasis;
    }

    public void setLeakageBasis(String leakageBasis) {
        this.leakageBasis = leakageBasis;
    }

    public String getSubstitution() {
        return substitution;
    }

    public void setSubstitution(String substitution) {
        this.substitution = substitution;
    }

    public String getSubstitutionBasis() {
        return substitutionBasis;
    }

    public void setSubstitutionBasis(String substitutionBasis) {
        this.substitutionBasis = substitutionBasis;
    }
}
