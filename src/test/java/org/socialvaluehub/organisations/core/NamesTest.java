package org.socialvaluehub.organisations.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void ignoresCasePunctuationLimitedAndTrailingUk() {
        assertThat(Names.normalise("Green Cleaning Ltd")).isEqualTo("green cleaning");
        assertThat(Names.normalise("GREEN CLEANING LIMITED")).isEqualTo("green cleaning");
        assertThat(Names.normalise("Green Cleaning (UK) Ltd.")).isEqualTo("green cleaning");
        assertThat(Names.normalise("Smith & Sons UK")).isEqualTo(Names.normalise("Smith and Sons"));
        assertThat(Names.normalise("Café Rouge")).isEqualTo("cafe rouge");
    }

    @Test
    void treatsTyposAsLikelyTheSameButNotDifferentShortNames() {
        assertThat(Names.likelySame("Green Cleaning Ltd", "GREEN CLEANING LIMITED"))
                .isTrue();
        assertThat(Names.likelySame("Greenway Cleaning", "Greenway Claening")).isTrue();
        assertThat(Names.likelySame("Amber Print", "Amber Paint")).isTrue();
        assertThat(Names.likelySame("Amber Print", "Amber Joinery")).isFalse();
        assertThat(Names.likelySame("ABC", "ABD")).isFalse();
    }

    @Test
    void countsEdits() {
        assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Names.distance("", "abc")).isEqualTo(3);
    }
}
