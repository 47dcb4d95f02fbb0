package org.socialvaluehub.organisations.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.organisations.core.DuplicateDetection.Candidate;
import org.socialvaluehub.organisations.core.DuplicateDetection.Pair;
import org.socialvaluehub.organisations.core.DuplicateDetection.Reason;

class DuplicateDetectionTest {

    @Test
    void findsSameIdentifierSameNameAndSimilarName() {
        List<Pair> pairs = DuplicateDetection.find(List.of(
                new Candidate(1, List.of("Green Cleaning Ltd"), List.of()),
                new Candidate(2, List.of("GREEN CLEANING LIMITED"), List.of()),
                new Candidate(3, List.of("Oakleaf Joinery"), List.of("GB-COH-01234567")),
                new Candidate(4, List.of("Acorn Carpentry"), List.of("GB-COH-01234567")),
                new Candidate(5, List.of("Willow Catering CIC"), List.of()),
                new Candidate(6, List.of("Willow Caterin CIC"), List.of()),
                new Candidate(7, List.of("Kestrel Print"), List.of())));
        assertThat(pairs)
                .containsExactlyInAnyOrder(
                        new Pair(3, 4, Reason.SAME_IDENTIFIER),
                        new Pair(1, 2, Reason.SAME_NAME),
                        new Pair(5, 6, Reason.SIMILAR_NAME));
    }

    @Test
    void matchesTradingNamesAndNeverPairsAnOrganisationWithItself() {
        List<Pair> pairs = DuplicateDetection.find(List.of(
                new Candidate(10, List.of("Bramble Building Ltd", "Bramble Builders"), List.of("GB-COH-07654321")),
                new Candidate(11, List.of("Bramble Builders Limited"), List.of())));
        assertThat(pairs).containsExactly(new Pair(10, 11, Reason.SAME_NAME));
    }
}
