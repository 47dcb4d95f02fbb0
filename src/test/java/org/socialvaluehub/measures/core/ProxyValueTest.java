package org.socialvaluehub.measures.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socialvaluehub.measures.core.ProxyValues.aValue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyValueTest {

    @Test
    void aCompleteSourcedValueIsPublishable() {
        assertThat(ProxyValues.aPlainValue("10").publishable()).isTrue();
    }

    @Test
    void aValueWithoutSourceCannotBePublished() {
        ProxyValue unsourced = new ProxyValue(
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ONE,
                Unit.HOURS,
                2024,
                " ",
                null,
                "",
                EvidenceGrade.BRONZE,
                Additionality.stated("0", "0", "0", "0", "0", "0"),
                1,
                ValueType.SOCIAL,
                DiscountSchedule.STANDARD);
        assertThat(unsourced.problems()).isEmpty();
        assertThat(unsourced.publicationProblems())
                .extracting(Problem::field)
                .containsExactly("source_name", "source_url", "licence");
    }

    @Test
    void aValueWithoutItsTypeCannotBePublishedBecauseTypesAreNeverAddedTogether() {
        ProxyValue untyped = ProxyValues.aPlainValue("10");
        ProxyValue legacy = new ProxyValue(
                untyped.low(),
                untyped.central(),
                untyped.high(),
                untyped.unit(),
                untyped.priceBaseYear(),
                untyped.sourceName(),
                untyped.sourceUrl(),
                untyped.licence(),
                untyped.evidenceGrade(),
                untyped.additionality(),
                1);
        assertThat(untyped.publishable()).isTrue();
        assertThat(legacy.problems()).isEmpty();
        assertThat(legacy.publicationProblems()).extracting(Problem::field).containsExactly("value_type");
    }

    @Test
    void leakageAndSubstitutionReduceTheAdditionalShareAndMustBeAssessedBeforePublishing() {
        // (1 − 0.25) × (1 − 0.1) × (1 − 0) × (1 − 0.2) × (1 − 0.5) = 0.75 × 0.9 × 0.8 × 0.5 = 0.27.
        assertThat(Additionality.stated("0.25", "0.1", "0", "0", "0.2", "0.5").additionalShare())
                .isEqualByComparingTo("0.27");
        Additionality old = Additionality.stated("0.25", "0.1", "0", "0");
        assertThat(old.leakage().basis()).isEqualTo(Factor.Basis.NOT_ASSESSED);
        assertThat(old.additionalShare()).isEqualByComparingTo("0.675");
        assertThat(old.publicationProblems()).extracting(Problem::field).containsExactly("leakage", "substitution");
    }

    @Test
    void reportsEveryProblemNamingItsField() {
        ProxyValue bad = new ProxyValue(
                new BigDecimal("-1"),
                null,
                new BigDecimal("-2"),
                Unit.HOURS,
                1066,
                "s",
                "https://x",
                "l",
                null,
                new Additionality(
                        Factor.stated("1.5"), Factor.defaulted("-0.1"), Factor.stated("0"), Factor.stated("0")),
                0);
        assertThat(bad.problems())
                .extracting(Problem::toString)
                .contains(
                        "value_central: is missing",
                        "evidence_grade: is missing",
                        "value_low: must not be negative, but is -1",
                        "value_high: must not be negative, but is -2",
                        "price_base_year: must be a year such as 2024, but is 1066",
                        "benefit_period_years: must be at least 1 year, but is 0",
                        "deadweight: must be between 0 and 1 (a share: 25% is 0.25), but is 1.5",
                        "displacement: must be between 0 and 1 (a share: 25% is 0.25), but is -0.1");
    }

    @Test
    void anUnstatedFactorIsRefusedNotTakenAsZero() {
        assertThatThrownBy(() -> new Additionality(null, Factor.stated("0"), Factor.stated("0"), Factor.stated("0")))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("deadweight must be stated or explicitly defaulted");
    }

    @Test
    void explicitDefaultsAreRecordedAsDefaults() {
        Additionality defaults = Additionality.defaults("0.25", "0", "0.25", "0");
        assertThat(defaults.usesDefaults()).isTrue();
        assertThat(defaults.deadweight().basis()).isEqualTo(Factor.Basis.DEFAULT);
        assertThat(Additionality.stated("0", "0", "0", "0").usesDefaults()).isFalse();
    }

    @Test
    void rebasingRestatesEveryFigureAndTheBaseYear() {
        // 2023 index 100, 2024 index 110: £10 → £11, £20 → £22, £30 → £33.
        DeflatorSeries series = new DeflatorSeries(
                "test", "https://x", Map.of(2023, new BigDecimal("100"), 2024, new BigDecimal("110")));
        ProxyValue value = aValue("10", "20", "30", Additionality.stated("0", "0", "0", "0"), 1);
        ProxyValue in2023 = new ProxyValue(
                value.low(),
                value.central(),
                value.high(),
                value.unit(),
                2023,
                value.sourceName(),
                value.sourceUrl(),
                value.licence(),
                value.evidenceGrade(),
                value.additionality(),
                1);
        ProxyValue rebased = in2023.rebasedTo(2024, series);
        assertThat(rebased.priceBaseYear()).isEqualTo(2024);
        assertThat(rebased.low()).isEqualByComparingTo("11");
        assertThat(rebased.central()).isEqualByComparingTo("22");
        assertThat(rebased.high()).isEqualByComparingTo("33");
    }
}
