package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    @Test
    void waitDoublesFromThirtySecondsAfterTheFifthFailure() {
        assertThat(SignInThrottle.waitAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInThrottle.waitAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SignInThrottle.waitAfter(7)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void waitNeverExceedsFifteenMinutes() {
        assertThat(SignInThrottle.waitAfter(12)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.waitAfter(500)).isEqualTo(Duration.ofMinutes(15));
    }
}
