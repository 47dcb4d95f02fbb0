package org.socialvaluehub.measures.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.measures.core.FrameworkDiff.FieldChange;
import org.socialvaluehub.measures.core.FrameworkDiff.Kind;
import org.socialvaluehub.measures.core.FrameworkDiff.Part;

class FrameworkDiffTest {

    private final Framework before = Frameworks.aSmallFramework();

    @Test
    void identicalVersionsHaveNoChanges() {
        assertThat(FrameworkDiff.between(before, Frameworks.aSmallFramework()).isEmpty())
                .isTrue();
    }

    @Test
    void reportsAddedRemovedAndChangedPartsWithOldAndNewFields() {
        Framework after = new Framework(
                before.themes(),
                List.of(new Outcome(
                        "JS1",
                        "JS",
                        "More good local jobs",
                        before.outcomes().get(0).socialValueModelRefs(),
                        List.of(8, 10))),
                List.of(
                        before.measures().get(0),
                        new Measure("JS03", "JS1", "Apprentices", "Starts", Unit.PEOPLE, "", "")),
                Map.of("JS01", ProxyValues.aPlainValue("120"), "JS03", ProxyValues.aPlainValue("5")));

        FrameworkDiff diff = FrameworkDiff.between(before, after);

        assertThat(diff.of(Kind.REMOVED))
                .extracting(FrameworkDiff.Change::part, FrameworkDiff.Change::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Part.MEASURE, "JS02"));
        assertThat(diff.of(Kind.ADDED))
                .extracting(FrameworkDiff.Change::part, FrameworkDiff.Change::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Part.MEASURE, "JS03"),
                        org.assertj.core.groups.Tuple.tuple(Part.VALUE, "JS03"));
        FrameworkDiff.Change outcome = diff.of(Kind.CHANGED).get(0);
        assertThat(outcome.part()).isEqualTo(Part.OUTCOME);
        assertThat(outcome.fields())
                .containsExactly(
                        new FieldChange("outcome_name", "More local jobs", "More good local jobs"),
                        new FieldChange("outcome_un_sdgs", "8", "8; 10"));
        FrameworkDiff.Change value = diff.of(Kind.CHANGED).get(1);
        assertThat(value.part()).isEqualTo(Part.VALUE);
        assertThat(value.code()).isEqualTo("JS01");
        assertThat(value.fields())
                .extracting(FieldChange::field)
                .containsExactly("value_low", "value_central", "value_high");
        assertThat(value.fields().get(1)).isEqualTo(new FieldChange("value_central", "100", "120"));
    }
}
