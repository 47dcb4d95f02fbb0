package org.socialvaluehub.demo;

import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.shared.StartupNotes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Puts the demo sign-ins in the notice printed when the app is ready, so nobody has to dig them out of the log. */
@Component
class DemoStartupNotes implements StartupNotes {

    private final boolean enabled;

    DemoStartupNotes(@Value("${svh.demo.enabled:false}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public List<String> lines() {
        if (!enabled) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Demo sign-ins (password \"" + DemoAccounts.PASSWORD + "\"):");
        DemoAccounts.ALL.forEach(account -> lines.add("  " + account.email() + "  " + account.name()));
        return lines;
    }
}
