package org.socialvaluehub.evaluation.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void givesTiedScoresTheSameRankAndSkipsTheNext() {
        assertThat(Ranks.highestFirst(new double[] {0.8, 0.5, 0.8, 0.2})).containsExactly(1, 3, 1, 4);
    }

    @Test
    void treatsScoresWithinEpsilonAsTied() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point: rounding, not preference
        assertThat(Ranks.highestFirst(new double[] {0.1 + 0.2, 0.3, 0.29})).containsExactly(1, 1, 3);
    }

    @Test
    void ranksLowestFirstForVikor() {
        assertThat(Ranks.lowestFirst(new double[] {1, 0, 1, 0.5})).containsExactly(3, 1, 3, 2);
    }
}
