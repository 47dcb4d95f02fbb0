package org.socialvaluehub.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.SocialValueHubApplication;
import org.springframework.boot.SpringApplication;

/**
 * The {@code ./svh} entry point (and the jar's): finds the command named by the arguments and runs it without a web
 * server.
 */
public final class CommandLine {

    static final int OK = 0;
    static final int USAGE = 64;

    private static final Map<String, CliCommand> COMMANDS = new LinkedHashMap<>();

    static {
        register(new AdminCreateCoordinatorCommand());
        register(new SpendCheckCommand());
        register(new SpendImportCommand());
        register(new EvaluateCommand());
    }

    private CommandLine() {}

    /** The jar's entry point: a command when the first argument names one, otherwise the web application. */
    public static void main(String[] args) {
        if (isCommand(args)) {
            System.exit(run(args));
        }
        SpringApplication.run(SocialValueHubApplication.class, args);
    }

    static void register(CliCommand command) {
        COMMANDS.put(command.name(), command);
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    static int run(String[] args) {
        return run(List.of(args), System.out, System.err);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help")) {
            printHelp(out);
            return args.isEmpty() ? USAGE : OK;
        }
        for (int words = Math.min(2, args.size()); words >= 1; words--) {
            CliCommand command = COMMANDS.get(String.join(" ", args.subList(0, words)));
            if (command != null) {
                return command.run(args.subList(words, args.size()), out, err);
            }
        }
        err.println("Unknown command: " + String.join(" ", args));
        printHelp(err);
        return USAGE;
    }

    private static void printHelp(PrintStream out) {
        out.println("Social Value Hub command-line tool");
        out.println();
        out.println("Usage: ./svh COMMAND [ARGUMENTS]");
        out.println();
        out.println("Commands:");
        int width = COMMANDS.values().stream()
                .mapToInt(c -> c.usage().length())
                .max()
                .orElse(10);
        for (CliCommand command : COMMANDS.values()) {
            out.printf("  %-" + width + "s  %s%n", command.usage(), command.summary());
        }
        out.printf("  %-" + width + "s  %s%n", "help", "show this list");
        out.println();
        out.println("Without a command, the web application starts (as ./mvnw spring-boot:run does).");
    }

    static String[] rest(String[] args, int from) {
        return Arrays.copyOfRange(args, from, args.length);
    }
}
