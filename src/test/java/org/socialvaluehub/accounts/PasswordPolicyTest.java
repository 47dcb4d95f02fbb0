package org.socialvaluehub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialvaluehub.accounts.PasswordPolicy.Problem;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesPasswordsShorterThanTenCharacters() {
        assertThat(policy.check("nine char", "a@b.org")).contains(Problem.TOO_SHORT);
        assertThat(policy.check("ten chars!", "a@b.org")).isEmpty();
    }

    @Test
    void refusesPasswordsOnTheDenyListWhateverTheirCase() {
        assertThat(policy.check("Password123", "a@b.org")).contains(Problem.TOO_COMMON);
        assertThat(policy.check("QWERTYUIOP", "a@b.org")).contains(Problem.TOO_COMMON);
    }

    @Test
    void refusesCommonWordsPaddedWithDigitsOrSymbols() {
        assertThat(policy.check("liverpool2026!", "a@b.org")).contains(Problem.TOO_COMMON);
        assertThat(policy.check("!!welcome123456", "a@b.org")).contains(Problem.TOO_COMMON);
    }

    @Test
    void refusesOneRepeatedCharacter() {
        assertThat(policy.check("zzzzzzzzzzzz", "a@b.org")).contains(Problem.TOO_COMMON);
    }

    @Test
    void refusesPasswordContainingTheEmailName() {
        assertThat(policy.check("my name is jessica.smith", "jessica.smith@example.org"))
                .contains(Problem.CONTAINS_EMAIL);
    }

    @Test
    void acceptsLongPassphrasesWithoutCompositionRules() {
        assertThat(policy.check("correct horse battery", "a@b.org")).isEmpty();
        assertThat(policy.check("riverbank otter lantern", "a@b.org")).isEmpty();
    }
}
