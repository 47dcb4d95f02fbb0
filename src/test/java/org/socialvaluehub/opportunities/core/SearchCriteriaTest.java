package org.socialvaluehub.opportunities.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

    static final Listing GROUNDS = new Listing(
            "Grounds maintenance",
            "Parks and verges",
            "CONTRACT",
            List.of("77310000"),
            ValueBand.FROM_215K_TO_1M,
            7,
            Instant.parse("2027-01-15T12:00:00Z"),
            true,
            false,
            "INSIDE");

    @Test
    void blankCriteriaMatchEverything() {
        assertThat(SearchCriteria.everything().matches(GROUNDS)).isTrue();
    }

    @Test
    void everyGivenCriterionMustMatch() {
        assertThat(criteria("verges PARKS", null, null, null, false, false).matches(GROUNDS))
                .isTrue();
        assertThat(criteria("verges schools", null, null, null, false, false).matches(GROUNDS))
                .isFalse();
        assertThat(criteria(null, "CONTRACT", "77", 7L, true, false).matches(GROUNDS))
                .isTrue();
        assertThat(criteria(null, "GRANT", null, null, false, false).matches(GROUNDS))
                .isFalse();
        assertThat(criteria(null, null, "45", null, false, false).matches(GROUNDS))
                .isFalse();
        assertThat(criteria(null, null, null, 8L, false, false).matches(GROUNDS))
                .isFalse();
        assertThat(criteria(null, null, null, null, false, true).matches(GROUNDS))
                .isFalse();
    }

    @Test
    void deadlineAndLocalityAndBandFilter() {
        SearchCriteria byDeadline = new SearchCriteria(
                null,
                null,
                null,
                ValueBand.FROM_215K_TO_1M,
                null,
                Instant.parse("2027-01-15T12:00:00Z"),
                false,
                false,
                "INSIDE");
        SearchCriteria tooEarly = new SearchCriteria(
                null, null, null, null, null, Instant.parse("2027-01-14T12:00:00Z"), false, false, null);

        assertThat(byDeadline.matches(GROUNDS)).isTrue();
        assertThat(tooEarly.matches(GROUNDS)).isFalse();
    }

    @Test
    void followingABuyerMatchesOnlyItsOpportunities() {
        assertThat(SearchCriteria.followBuyer(7).matches(GROUNDS)).isTrue();
        assertThat(SearchCriteria.followBuyer(9).matches(GROUNDS)).isFalse();
    }

    @Test
    void valueBandsFollowTheThresholds() {
        assertThat(ValueBand.of(new BigDecimal("29999.99"))).isEqualTo(ValueBand.BELOW_30K);
        assertThat(ValueBand.of(new BigDecimal("30000"))).isEqualTo(ValueBand.FROM_30K_TO_215K);
        assertThat(ValueBand.of(new BigDecimal("5000000"))).isEqualTo(ValueBand.OVER_5M);
        assertThat(ValueBand.of(null)).isNull();
    }

    private static SearchCriteria criteria(
            String q, String kind, String division, Long buyer, boolean sme, boolean vcse) {
        return new SearchCriteria(q, kind, division, null, buyer, null, sme, vcse, null);
    }
}
