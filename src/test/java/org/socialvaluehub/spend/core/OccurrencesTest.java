package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OccurrencesTest {

    private static final byte[] RENT = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    private static final byte[] BREAD = {16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};

    @Test
    void theFirstOfIdenticalLinesKeepsItsFingerprintAndEachRepeatGetsItsOwn() {
        Occurrences file = new Occurrences();

        byte[] first = file.identify(RENT);
        byte[] bread = file.identify(BREAD);
        byte[] second = file.identify(RENT);
        byte[] third = file.identify(RENT);

        assertThat(first).isEqualTo(RENT);
        assertThat(bread).isEqualTo(BREAD);
        assertThat(second).hasSize(16).isNotEqualTo(RENT).isNotEqualTo(third);
        assertThat(third).hasSize(16).isNotEqualTo(RENT);
    }

    @Test
    void theSameFileReadAgainGivesTheSameIdentities() {
        Occurrences once = new Occurrences();
        Occurrences again = new Occurrences();
        once.identify(RENT);
        again.identify(RENT);

        assertThat(again.identify(RENT)).isEqualTo(once.identify(RENT));
        assertThat(again.identify(RENT)).isEqualTo(once.identify(RENT));
    }
}
