package org.socialvaluehub.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.regex.Pattern;
import org.socialvaluehub.accounts.Accounts;

/** {@code ./svh admin create-coordinator EMAIL}: makes a coordinator and prints their one-time sign-in link. */
class AdminCreateCoordinatorCommand implements CliCommand {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Override
    public String name() {
        return "admin create-coordinator";
    }

    @Override
    public String usage() {
        return "admin create-coordinator EMAIL";
    }

    @Override
    public String summary() {
        return "make EMAIL a partnership coordinator and print a one-time sign-in link (valid 24 hours)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !EMAIL.matcher(args.get(0)).matches()) {
            err.println(
                    args.size() == 1 ? "Not an e-mail address: " + args.get(0) : "Give exactly one e-mail address.");
            err.println("Usage: ./svh " + usage());
            return CommandLine.USAGE;
        }
        try (var context = ApplicationContexts.withoutWebServer()) {
            String link = context.getBean(Accounts.class).createCoordinator(args.get(0));
            out.println("Coordinator " + args.get(0) + " is ready.");
            out.println("Open this link within 24 hours to set a password and sign in (it works once):");
            out.println(link);
            return CommandLine.OK;
        }
    }
}
