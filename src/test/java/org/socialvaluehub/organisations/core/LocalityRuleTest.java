package org.socialvaluehub.organisations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalityRuleTest {

    private static final GeoPoint OXFORD = new GeoPoint(51.7469, -1.2623);
    private final LocalityRule rule = new LocalityRule(Map.of("OX1", OXFORD), 25);

    @Test
    void measuresGreatCircleDistance() {
        // Oxford to central London, about 83 km as the crow flies.
        assertThat(OXFORD.kilometresTo(new GeoPoint(51.5074, -0.1278))).isCloseTo(82.3, within(1.5));
    }

    @Test
    void classifiesListedNearAndFarDistricts() {
        assertThat(rule.classify("OX1", OXFORD)).isEqualTo(Locality.INSIDE);
        assertThat(rule.classify("OX14", new GeoPoint(51.6710, -1.2800))).isEqualTo(Locality.NEIGHBOURING);
        assertThat(rule.classify("M1", new GeoPoint(53.4794, -2.2380))).isEqualTo(Locality.OUTSIDE);
    }

    @Test
    void keepsTheCloserOfTwoLocalities() {
        assertThat(Locality.OUTSIDE.closer(Locality.INSIDE)).isEqualTo(Locality.INSIDE);
        assertThat(Locality.NEIGHBOURING.closer(Locality.OUTSIDE)).isEqualTo(Locality.NEIGHBOURING);
    }

    @Test
    void refusesAnEmptyArea() {
        assertThatThrownBy(() -> new LocalityRule(Map.of(), 25)).isInstanceOf(IllegalArgumentException.class);
    }
}
