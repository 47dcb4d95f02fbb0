package org.socialvaluehub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoStartupNotesTest {

    @Test
    void theReadyNoticeListsEveryDemoSignInWithThePasswordOnlyWhenTheDemoIsOn() {
        String notes = String.join("\n", new DemoStartupNotes(true).lines());

        assertThat(notes).contains(DemoAccounts.PASSWORD);
        DemoAccounts.ALL.forEach(account -> assertThat(notes).contains(account.email()));
        assertThat(new DemoStartupNotes(false).lines()).isEmpty();
    }
}
