package org.socialvaluehub.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.spend.ImportResult;
import org.socialvaluehub.spend.RememberedMappings;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.SpendFileException;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code ./svh spend import --buyer ORG-ID FILE}: imports a spend file for a buyer, all of it or nothing, with the
 * column mapping the buyer last confirmed in the browser when there is one. */
final class SpendImportCommand implements CliCommand {

    @Override
    public String name() {
        return "spend import";
    }

    @Override
    public String usage() {
        return "spend import --buyer ORG-ID FILE";
    }

    @Override
    public String summary() {
        return "import a spend file for a buyer (atomic; rows imported before are skipped)";
    }

    static String pounds(BigDecimal amount) {
        return new DecimalFormat("#,##0.00").format(amount);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 3 || !args.get(0).equals("--buyer") || !args.get(1).matches("[0-9]{1,18}")) {
            err.println("Usage: ./svh " + usage());
            return CommandLine.USAGE;
        }
        long buyer = Long.parseLong(args.get(1));
        Path file = Path.of(args.get(2));
        if (!Files.isReadable(file)) {
            err.println(file + ": no such file");
            return SpendCheckCommand.UNREADABLE;
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.withoutWebServer()) {
            var organisation = context.getBean(Organisations.class).find(buyer);
            if (organisation.isEmpty() || organisation.get().kind() != OrganisationKind.BUYER) {
                err.println("No buyer organisation has id " + buyer + ".");
                return CommandLine.USAGE;
            }
            ColumnMapping remembered =
                    context.getBean(RememberedMappings.class).of(buyer, file).orElse(null);
            out.println(
                    remembered == null
                            ? "No column mapping is remembered for "
                                    + organisation.get().name()
                                    + " for files with these headings: using the columns detected in the file."
                            : "Using the column mapping remembered for "
                                    + organisation.get().name() + " (confirmed in the browser): "
                                    + RememberedMappings.describe(remembered) + ".");
            ImportResult result = context.getBean(SpendImports.class)
                    .importFile(buyer, file.getFileName().toString(), file, remembered, rows -> {});
            out.printf(
                    "Imported %s for %s: %d rows in the file, %d rejected, %d accepted (£%s), %d already imported"
                            + " (£%s), %d added (£%s).%n",
                    file,
                    organisation.get().name(),
                    result.rowsRead(),
                    result.rowsRejected(),
                    result.rowsAccepted(),
                    pounds(result.money().accepted()),
                    result.rowsAlreadyImported(),
                    pounds(result.money().already()),
                    result.rowsAdded(),
                    pounds(result.money().added()));
            SpendReconciliationText.print(result, out);
            return CommandLine.OK;
        } catch (SpendFileException e) {
            err.println(file + ": cannot be imported: " + e.getMessage() + " Nothing was stored.");
            return SpendCheckCommand.UNREADABLE;
        }
    }
}
