package org.socialvaluehub.organisations.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A result's social value offer is cut as the page always cut it. */
class ResultCardsTest {

    @Test
    void keepsAnOfferOfUpToTwoHundredCharacters() {
        String offer = "x".repeat(200);
        assertThat(ResultCards.abbreviate(offer)).isEqualTo(offer);
        assertThat(ResultCards.abbreviate(null)).isNull();
    }

    @Test
    void cutsALongerOfferToTwoHundredCharactersEndingInDots() {
        assertThat(ResultCards.abbreviate("y".repeat(250))).hasSize(200).endsWith("y...");
    }
}
