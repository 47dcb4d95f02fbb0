package org.socialvaluehub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code ./svh spend import}: the command a finance team scripts, on a data folder of its own. */
class SpendImportCommandTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void refusesWrongArgumentsAndMissingFilesWithoutStartingTheApp() {
        assertThat(run("spend", "import", "--buyer", "x1", "file.csv")).isEqualTo(CommandLine.USAGE);
        assertThat(run("spend", "import", "file.csv")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("Usage: ./svh spend import --buyer ORG-ID FILE");
        assertThat(run(
                        "spend",
                        "import",
                        "--buyer",
                        "7",
                        data.resolve("missing.csv").toString()))
                .isEqualTo(SpendCheckCommand.UNREADABLE);
        assertThat(err.toString()).contains("missing.csv: no such file");
    }

    @Test
    void importsAMessyFileOnceReportsItsRejectedRowsAndRefusesAnUnknownBuyer() throws Exception {
        // The tests' own configuration makes every database throw-away; the command must find the buyer it was given.
        Map<String, String> properties = Map.of(
                "svh.embedded-database.data-directory",
                data.resolve("postgres").toString(),
                "svh.embedded-database.ephemeral",
                "false",
                "svh.demo.enabled",
                "false");
        properties.forEach(System::setProperty);
        try {
            long buyer;
            try (ConfigurableApplicationContext context = ApplicationContexts.withoutWebServer()) {
                buyer = context.getBean(Organisations.class)
                        .add(new NewOrganisation(
                                "Command Line Council",
                                OrganisationKind.BUYER,
                                LegalForm.PUBLIC_BODY,
                                SizeBand.LARGE,
                                "OX1 1BX",
                                null,
                                null,
                                false));
            }
            String file = org.socialvaluehub.spend.SpendTestFiles.write("""
                    Date,Supplier Name,Amount
                    01/05/2024,Ambridge Organics,100.00
                    02/05/2024,Lower Loxley Hall,12.50
                    31/02/2024,Grey Gables,5.00
                    """).toString();

            assertThat(run("spend", "import", "--buyer", Long.toString(buyer), file))
                    .isEqualTo(CommandLine.OK);
            assertThat(out.toString())
                    .contains("No column mapping is remembered for Command Line Council for files with these headings")
                    .containsPattern("Imported .*spend-.*\\.csv for Command Line Council: \\d+ rows in the file,"
                            + " [1-9]\\d* rejected, \\d+ accepted \\(£112.50\\), 0 already imported \\(£0.00\\),"
                            + " [1-9]\\d* added \\(£112.50\\).")
                    .contains(
                            "The accepted £112.50 is the £112.50 added plus the £0.00 already imported, to the penny.")
                    .containsPattern("  line \\d+: The date “31/02/2024” is not a date");
            out.reset();

            assertThat(run("spend", "import", "--buyer", Long.toString(buyer), file))
                    .isEqualTo(CommandLine.OK);
            assertThat(out.toString())
                    .containsPattern("[1-9]\\d* already imported \\(£112.50\\), 0 added \\(£0.00\\).")
                    .containsPattern("  spend-.*\\.csv, imported \\d{4}-\\d\\d-\\d\\d: 2 rows, £112.50");

            assertThat(run("spend", "import", "--buyer", Long.toString(buyer + 1000), file))
                    .isEqualTo(CommandLine.USAGE);
            assertThat(err.toString()).contains("No buyer organisation has id " + (buyer + 1000) + ".");
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    private int run(String... args) {
        return CommandLine.run(List.of(args), new PrintStream(out), new PrintStream(err));
    }

    private static String sample(String name) throws URISyntaxException {
        return Path.of(SpendImportCommandTest.class
                        .getResource("/spend/" + name)
                        .toURI())
                .toString();
    }
}
