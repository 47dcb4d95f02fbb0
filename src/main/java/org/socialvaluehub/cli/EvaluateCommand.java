package org.socialvaluehub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.socialvaluehub.evaluation.core.InvalidDecisionMatrixException;
import org.socialvaluehub.evaluation.core.Topsis;
import org.socialvaluehub.evaluation.core.Vikor;
import org.socialvaluehub.evaluation.core.WeightedSum;

/** {@code ./svh evaluate [--json] FILE}: scores a decision matrix given as JSON, without a database. */
final class EvaluateCommand implements CliCommand {

    static final int BAD_INPUT = 2;

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String usage() {
        return "evaluate [--json] FILE";
    }

    @Override
    public String summary() {
        return "score a decision matrix (weighted sum, TOPSIS or VIKOR) given as JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = args.contains("--json");
        List<String> files = args.stream().filter(arg -> !arg.equals("--json")).toList();
        if (files.size() != 1 || files.get(0).startsWith("-")) {
            err.println("Usage: ./svh " + usage());
            err.println("  --json  print the results as JSON instead of a table");
            return CommandLine.USAGE;
        }
        try {
            EvaluationOutput output = evaluate(EvaluationJson.read(read(Path.of(files.get(0)))));
            if (json) {
                output.printJson(out);
            } else {
                output.printTable(out);
            }
            return CommandLine.OK;
        } catch (InvalidDecisionMatrixException e) {
            err.println("Cannot evaluate " + files.get(0) + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static EvaluationOutput evaluate(EvaluationRequest request) {
        return switch (request.method()) {
            case WEIGHTED_SUM -> EvaluationOutput.of(WeightedSum.evaluate(request.matrix()));
            case TOPSIS -> EvaluationOutput.of(Topsis.evaluate(request.matrix(), request.topsisNormalisation()));
            case VIKOR -> EvaluationOutput.of(Vikor.evaluate(request.matrix(), request.vikorV()));
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidDecisionMatrixException("no such file");
        } catch (IOException e) {
            throw new InvalidDecisionMatrixException("the file cannot be read (" + e.getMessage() + ")");
        }
    }
}
