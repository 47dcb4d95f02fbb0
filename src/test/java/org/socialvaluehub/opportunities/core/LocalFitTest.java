package org.socialvaluehub.opportunities.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.opportunities.core.LocalFit.Candidate;
import org.socialvaluehub.opportunities.core.LocalFit.Fit;
import org.socialvaluehub.opportunities.core.LocalFit.Target;

class LocalFitTest {

    static final Target GROUNDS = new Target(List.of("77310000"), true, false);

    static final List<Candidate> FIXTURE = List.of(
            new Candidate(1, "Far Mowers Ltd", List.of("77310000"), "OUTSIDE", 2, true, false),
            new Candidate(2, "Leys Landscapes CIC", List.of("77311000"), "INSIDE", 1, true, true),
            new Candidate(3, "Big Green Plc", List.of("77310000"), "INSIDE", 2, false, false),
            new Candidate(4, "Cowley Tree Care", List.of("77211000"), "INSIDE", 0, true, false),
            new Candidate(5, "Didcot Gardens", List.of("77313000"), "NEIGHBOURING", 0, true, false),
            new Candidate(6, "Oxford Printers", List.of("79810000"), "INSIDE", 2, true, false));

    @Test
    void ranksLocalSameGroupSuppliersFirstAndLeavesOutFarAndUnrelatedOnes() {
        List<Fit> fits = LocalFit.rank(GROUNDS, FIXTURE);

        assertThat(fits)
                .extracting(f -> f.candidate().name())
                .containsExactly("Leys Landscapes CIC", "Big Green Plc", "Cowley Tree Care", "Didcot Gardens");
        assertThat(fits).extracting(Fit::score).containsExactly(9, 8, 6, 6);
        assertThat(fits.get(2).sameGroup()).isFalse();
        assertThat(fits.get(3).sameGroup()).isTrue();
    }

    @Test
    void sizeSuitabilityCountsOnlyWhenTheOpportunityIsFlaggedForIt() {
        Target vcse = new Target(List.of("77310000"), false, true);

        List<Fit> fits = LocalFit.rank(vcse, FIXTURE);

        assertThat(fits.get(0).candidate().name()).isEqualTo("Leys Landscapes CIC");
        assertThat(fits.get(0).score()).isEqualTo(3 + 3 + 1 + 2);
    }

    @Test
    void anOpportunityWithoutCategoriesMatchesNoOne() {
        assertThat(LocalFit.rank(new Target(List.of(), true, true), FIXTURE)).isEmpty();
    }
}
