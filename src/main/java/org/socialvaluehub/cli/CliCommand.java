package org.socialvaluehub.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the {@code ./svh} tool. */
interface CliCommand {

    /** The words that name the command, such as {@code admin create-coordinator}. */
    String name();

    /** The command with its arguments, as shown in the help. */
    String usage();

    /** One line on what it does. */
    String summary();

    /** Runs the command and returns the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
