package org.socialvaluehub.measures;

/**
 * The Green Book part of {@link MeasureForm}: the kind of value (social, fiscal or economic), the discount schedule
 * that applies to it, and the leakage and substitution of the additionality guide, each with its basis.
 */
abstract class ValueKindFields {

    private String valueType, discountSchedule;
    private String leakage, leakageBasis, substitution, substitutionBasis;

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
