package org.socialvaluehub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodeDistrictTest {

    @Test
    void readsTheDistrictOfAFullPostcodeWhateverTheSpacingAndCase() {
        assertThat(PostcodeDistrict.parse("ox14 3db")).contains(new PostcodeDistrict("OX14"));
        assertThat(PostcodeDistrict.parse("OX143DB")).contains(new PostcodeDistrict("OX14"));
        assertThat(PostcodeDistrict.parse("  W1A  1AA ")).contains(new PostcodeDistrict("W1A"));
    }

    @Test
    void acceptsADistrictOnItsOwn() {
        assertThat(PostcodeDistrict.parse("OX1")).contains(new PostcodeDistrict("OX1"));
    }

    @Test
    void refusesTextThatIsNotAPostcode() {
        assertThat(PostcodeDistrict.parse("not a postcode")).isEmpty();
        assertThat(PostcodeDistrict.parse("12345")).isEmpty();
        assertThat(PostcodeDistrict.parse("")).isEmpty();
        assertThat(PostcodeDistrict.parse(null)).isEmpty();
    }

    @Test
    void printsFullPostcodesWithOneSpace() {
        assertThat(PostcodeDistrict.normaliseFull("ox4 2jy")).contains("OX4 2JY");
        assertThat(PostcodeDistrict.normaliseFull("OX42JY")).contains("OX4 2JY");
        assertThat(PostcodeDistrict.normaliseFull("OX4")).isEmpty();
    }
}
