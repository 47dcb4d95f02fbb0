package org.socialvaluehub.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.InvalidInputException;
import org.socialvaluehub.measures.core.Problem;
import org.socialvaluehub.measures.core.ValueRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@HubTest
class FrameworkVersionsTest {

    @Autowired
    FrameworkDrafts drafts;

    @Autowired
    Frameworks frameworks;

    @Autowired
    PublishedFramework published;

    @Autowired
    JdbcClient jdbc;

    @Test
    void valuesAQuantityOnAPinnedVersionAfterAdditionality() {
        // CW04: £10,000 / £13,000 / £16,000 a WELLBY, deadweight 0.25, attribution 0.25, one year:
        // 2 × 13,000 × 0.75 × 0.75 = 14,625.
        ValueRange value = frameworks.value(1, "CW04", new BigDecimal("2"));
        assertThat(value)
                .isEqualTo(new ValueRange(
                        new BigDecimal("11250.00"), new BigDecimal("14625.00"), new BigDecimal("18000.00")));
    }

    @Test
    void aPinnedVersionKeepsItsValuesWhenALaterVersionChangesThem() {
        Framework changed = edit(published.first().content(), "CW04", Map.of("value_central", "14000"));
        changed = MeasureEdit.apply(changed, null, "CW2", multiYearMeasure());
        drafts.save(null, changed);
        FrameworkVersion later = drafts.publish("Raise the WELLBY value; add a three-year measure", "Test");

        assertThat(frameworks.value(later.number(), "CW04", new BigDecimal("2")).central())
                .isEqualByComparingTo("15750.00");
        assertThat(frameworks.value(1, "CW04", new BigDecimal("2")).central()).isEqualByComparingTo("14625.00");
        // £1,000 a year for 3 years, 10% drop-off, discounted at 3.5%:
        // 1000 × (1 + 0.9/1.035 + 0.81/1.035²) = 2,625.71.
        assertThat(frameworks.value(later.number(), "TT01", BigDecimal.ONE).central())
                .isEqualByComparingTo("2625.71");
        assertThat(frameworks.version(later.number()).orElseThrow().basedOn()).isNotNull();
    }

    @Test
    void valuingRefusesUnknownMeasuresUnpricedMeasuresAndNegativeQuantities() {
        assertThatThrownBy(() -> frameworks.value(1, "NOPE", BigDecimal.ONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("measure_code");
        assertThatThrownBy(() -> frameworks.value(1, "JS01", BigDecimal.ONE))
                .hasMessageContaining("counted, not priced");
        assertThatThrownBy(() -> frameworks.value(1, "CW04", new BigDecimal("-1")))
                .hasMessageContaining("quantity: must be zero or more");
        assertThatThrownBy(() -> frameworks.value(999_999, "CW04", BigDecimal.ONE))
                .hasMessageContaining("no published framework version 999999");
    }

    @Test
    void aDraftPublishedMeanwhileCannotBeChanged() {
        long draftId = drafts.save(null, published.first().content());
        FrameworkVersion version = drafts.publish("Republish unchanged", "Test");
        String before = jdbc.sql("select content_csv from measures_framework_version where id = :id")
                .param("id", draftId)
                .query(String.class)
                .single();

        Framework changed = edit(published.first().content(), "CW04", Map.of("measure_name", "Changed"));
        assertThatThrownBy(() -> drafts.save(draftId, changed))
                .isInstanceOf(VersionPublishedException.class)
                .hasMessageContaining("version " + version.number());
        assertThat(jdbc.sql("select content_csv from measures_framework_version where id = :id")
                        .param("id", draftId)
                        .query(String.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAPublishedVersion() {
        assertThatThrownBy(() -> jdbc.sql("update measures_framework_version set content_csv = 'x' where number = 1")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is published and cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from measures_framework_version where number = 1")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is published and cannot be changed");
    }

    @Test
    void publishingIsRefusedWhileAValueHasNoSourceAndNothingIsPublished() {
        int versionsBefore = frameworks.versions().size();
        drafts.save(null, edit(published.first().content(), "CW04", Map.of("source_name", "", "source_url", "")));

        assertThatThrownBy(() -> drafts.publish("Drop the source", "Test"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field)
                                .contains("CW04 source_name", "CW04 source_url"));
        assertThat(frameworks.versions()).hasSize(versionsBefore);
        drafts.save(null, published.first().content());
    }

    static Framework edit(Framework framework, String code, Map<String, String> changes) {
        Map<String, String> row = new HashMap<>(MeasureEdit.row(framework, code));
        row.putAll(changes);
        return MeasureEdit.apply(framework, code, row.get("outcome_code"), row);
    }

    private static Map<String, String> multiYearMeasure() {
        Map<String, String> cells = new HashMap<>(Map.of(
                "measure_code",
                "TT01",
                "measure_name",
                "Three-year test",
                "unit",
                "people",
                "value_low",
                "1000",
                "value_central",
                "1000",
                "value_high",
                "1000",
                "price_base_year",
                "2024",
                "source_name",
                "Test source",
                "source_url",
                "https://example.org/source",
                "licence",
                "OGL v3.0"));
        cells.putAll(Map.of(
                "evidence_grade",
                "silver",
                "deadweight",
                "0",
                "deadweight_basis",
                "stated",
                "displacement",
                "0",
                "displacement_basis",
                "stated",
                "attribution",
                "0",
                "attribution_basis",
                "stated",
                "drop_off",
                "0.1",
                "drop_off_basis",
                "stated",
                "benefit_period_years",
                "3"));
        cells.putAll(Map.of(
                "value_type",
                "social",
                "discount_schedule",
                "standard",
                "leakage",
                "0",
                "leakage_basis",
                "stated",
                "substitution",
                "0",
                "substitution_basis",
                "stated"));
        return cells;
    }
}
