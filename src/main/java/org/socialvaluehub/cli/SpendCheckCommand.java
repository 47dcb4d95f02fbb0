package org.socialvaluehub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialvaluehub.spend.core.SpendCheck;
import org.socialvaluehub.spend.core.SpendCheckReport;
import org.socialvaluehub.spend.core.SpendFileException;
import org.socialvaluehub.spend.core.SpendFileReader;

/** {@code ./svh spend check}: reads spend files as an import would, without a database, and reports on each. */
final class SpendCheckCommand implements CliCommand {

    static final int UNREADABLE = 2;

    @Override
    public String name() {
        return "spend check";
    }

    @Override
    public String usage() {
        return "spend check [--json] FILE...";
    }

    @Override
    public String summary() {
        return "check spend files (CSV or XLSX): layout, column mapping, totals and every rejected row";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println("Usage: ./svh " + usage());
                return CommandLine.OK;
            } else if (arg.startsWith("-")) {
                return usageError(err, "Unknown option: " + arg);
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            return usageError(err, "Name at least one file to check.");
        }
        SpendCheck check = new SpendCheck(new SpendFileReader());
        int exit = CommandLine.OK;
        for (Path file : files) {
            try {
                SpendCheckReport report = check.check(file);
                out.println(json ? SpendCheckJson.report(report) : SpendCheckText.report(report));
            } catch (SpendFileException e) {
                exit = UNREADABLE;
                if (json) {
                    out.println(SpendCheckJson.failure(file.toString(), e));
                } else {
                    err.println(file + ": cannot be read ("
                            + e.problem().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "): " + e.getMessage());
                }
            }
            out.flush();
        }
        return exit;
    }

    private int usageError(PrintStream err, String message) {
        err.println(message);
        err.println("Usage: ./svh " + usage());
        err.println("  --json   one JSON object per file, one per line");
        return CommandLine.USAGE;
    }
}
