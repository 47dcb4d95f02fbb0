package org.socialvaluehub.measures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.measures.core.FrameworkColumns;
import org.socialvaluehub.shared.LongText;
import org.socialvaluehub.shared.Title;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/**
 * A measure and its proxy value as typed on the edit page (the value's fields are in {@link ProxyValueFields}). Every
 * field is text, named like its CSV column in camel case, so a problem from the core ("value_low") points at the field
 * ("valueLow").
 */
class MeasureForm extends ProxyValueFields {

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
}
