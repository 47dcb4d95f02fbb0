package org.socialvaluehub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminCreateCoordinatorCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpListsTheCommands() {
        int code = CommandLine.run(List.of("help"), new PrintStream(out), new PrintStream(err));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("admin create-coordinator EMAIL", "evaluate");
    }

    @Test
    void unknownCommandPrintsUsageAndFails() {
        int code = CommandLine.run(List.of("frobnicate"), new PrintStream(out), new PrintStream(err));
        assertThat(code).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("Unknown command: frobnicate", "Usage: ./svh COMMAND");
    }

    @Test
    void createCoordinatorRefusesAMissingOrMalformedAddressWithoutStartingTheApp() {
        assertThat(CommandLine.run(List.of("admin", "create-coordinator"), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(CommandLine.USAGE);
        assertThat(CommandLine.run(
                        List.of("admin", "create-coordinator", "not-an-address"),
                        new PrintStream(out),
                        new PrintStream(err)))
                .isEqualTo(CommandLine.USAGE);
        assertThat(err.toString())
                .contains("Not an e-mail address: not-an-address", "Usage: ./svh admin create-coordinator EMAIL");
    }
}
