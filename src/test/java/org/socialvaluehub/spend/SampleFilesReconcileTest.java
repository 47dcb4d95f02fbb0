package org.socialvaluehub.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.spend.core.SpendCheck;
import org.socialvaluehub.spend.core.SpendCheckReport;
import org.socialvaluehub.spend.core.SpendFileReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every real sample file reconciles: rows and money, to the penny, on a first import and on a repeat. */
@HubTest
class SampleFilesReconcileTest {

    /** The shared samples beside the project (as CI lays them), else the copies kept with the tests. */
    static final List<Path> FOLDERS =
            List.of(Path.of("../shared/data/spend-samples"), Path.of("src/test/resources/spend/real"));

    @Autowired
    SpendImports imports;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySampleFileReconcilesOnItsFirstImportAndAddsNothingTheSecondTime() throws Exception {
        List<Path> samples = samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
        for (Path sample : samples) {
            String name = sample.getFileName().toString();
            SpendCheckReport check = new SpendCheck(new SpendFileReader()).check(sample);
            long buyer = people.organisation(OrganisationKind.BUYER, "Reconciling " + name);

            ImportResult first = imports.importFile(buyer, name, sample, null, SpendImports.Progress.NONE);

            assertThat(first.rowsRead()).as(name).isEqualTo(check.rowsRead());
            assertThat(first.rowsAccepted()).as(name).isEqualTo(check.rowsAccepted());
            assertThat(first.rowsRejected()).as(name).isEqualTo(check.rowsRejected());
            assertThat(first.money().acceptedPence()).as(name).isEqualTo(check.acceptedTotalPence());
            assertThat(first.money().fileTotalPence()).as(name).isEqualTo(check.fileTotalPence());
            assertThat(first.money().addedPence()).as(name).isEqualTo(storedPence(first.importId()));
            assertThat(first.money().balances()).as(name).isTrue();
            assertThat(first.rowsAdded()).as(name).isEqualTo(check.rowsAccepted());
            assertThat(recordedAccepted(first.importId())).as(name).isEqualTo(check.acceptedTotalPence());

            ImportResult again = imports.importFile(buyer, name, sample, null, SpendImports.Progress.NONE);

            assertThat(again.rowsAdded()).as(name).isZero();
            assertThat(again.money().alreadyPence()).as(name).isEqualTo(check.acceptedTotalPence());
            assertThat(again.money().balances()).as(name).isTrue();
            assertThat(again.earlier()).as(name).singleElement().satisfies(e -> {
                assertThat(e.importId()).isEqualTo(first.importId());
                assertThat(e.lines()).isEqualTo(check.rowsAccepted());
                assertThat(e.pence()).isEqualTo(check.acceptedTotalPence());
            });
        }
    }

    @Test
    void lambethsOwnTotalLineIsComparedWithTheAcceptedTotal() throws Exception {
        Path lambeth = samples().stream()
                .filter(p -> p.getFileName().toString().startsWith("lambeth-2012-06"))
                .findFirst()
                .orElseThrow();
        long buyer = people.organisation(OrganisationKind.BUYER, "Lambeth Total Council");

        ImportResult result = imports.importFile(buyer, "lambeth.csv", lambeth, null, SpendImports.Progress.NONE);

        assertThat(result.money().fileTotalPence()).isEqualTo(4_029_233_484L);
        assertThat(result.money().fileTotalDifferencePence()).isEqualTo(4_029_233_484L - 3_977_594_053L);
    }

    static List<Path> samples() throws IOException {
        Path folder = FOLDERS.stream().filter(Files::isDirectory).findFirst().orElseThrow();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.(csv|tsv|xlsx)"))
                    .sorted()
                    .toList();
        }
    }

    private long storedPence(long importId) {
        return jdbc.sql("select coalesce(sum(amount_pence), 0) from spend_line where import_id = :id")
                .param("id", importId)
                .query(Long.class)
                .single();
    }

    private long recordedAccepted(long importId) {
        return jdbc.sql("select accepted_pence from spend_import where id = :id")
                .param("id", importId)
                .query(Long.class)
                .single();
    }
}
