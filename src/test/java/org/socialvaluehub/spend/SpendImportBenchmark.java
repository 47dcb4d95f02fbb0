package org.socialvaluehub.spend;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.socialvaluehub.SocialValueHubApplication;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Import of a large spend file against PostgreSQL {@code COPY} of the same file into an unindexed table, in one run on
 * one database, then the buyer dashboard's build time over the imported rows. Run by {@code bench/spend-import.sh}
 * with the heap capped; not a unit test.
 */
public final class SpendImportBenchmark {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (var context = new SpringApplicationBuilder(SocialValueHubApplication.class).web(WebApplicationType.NONE)
            .properties("svh.demo.enabled=false", "svh.scheduler.enabled=false", "logging.level.root=WARN", "logging.level.org.socialvaluehub.spend=INFO",
                "svh.embedded-database.ephemeral=true").run()) {
            DataSource dataSource = context.getBean(DataSource.class);
            long buyer = context.getBean(Organisations.class).add(new NewOrganisation("Bench Council", OrganisationKind.BUYER,
                LegalForm.PUBLIC_BODY, SizeBand.LARGE, "OX1 1BX", null, null, false));

            String loadBefore = load();
            long copyStart = System.nanoTime();
            long copied;
            try (Connection connection = dataSource.getConnection(); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                connection.createStatement().execute("create table bench_copy (c1 text, c2 text, c3 text, c4 text, c5 text,"
                    + " c6 text, c7 text, c8 text, c9 text, c10 text)");
                copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy bench_copy from stdin (format csv)", in);
            }
            double copySeconds = (System.nanoTime() - copyStart) / 1e9;

            long readStart = System.nanoTime();
            long readRows = 0;
            var fingerprint = new org.socialvaluehub.spend.core.LineFingerprint();
            try (var spend = new org.socialvaluehub.spend.core.SpendFileReader().open(file, null)) {
                for (var row = spend.next(); row != null; row = spend.next()) {
                    if (row.accepted()) {
                        fingerprint.of(row);
                        readRows++;
                    }
                }
            }
            double readSeconds = (System.nanoTime() - readStart) / 1e9;

            long importStart = System.nanoTime();
            ImportResult result = context.getBean(SpendImports.class).importFile(buyer, file.getFileName().toString(), file,
                null, SpendImports.Progress.NONE);
            double importSeconds = (System.nanoTime() - importStart) / 1e9;
            String loadAfter = load();

            SpendDashboard dashboard = context.getBean(SpendDashboard.class);
            List<Long> buyers = List.of(buyer);
            Period period = dashboard.defaultPeriod(buyers, null, null);
            long firstStart = System.nanoTime();
            dashboard.build(buyers, period);
            double firstMillis = (System.nanoTime() - firstStart) / 1e6;
            List<Double> millis = times(() -> dashboard.build(buyers, period), 120);
            DashboardBuilder builder = context.getBean(DashboardBuilder.class);
            List<Double> uncached = times(() -> builder.build(buyers, period), 40);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("COPY: %,d rows in %.2f s%n", copied, copySeconds);
            System.out.printf("read and fingerprint only (no database): %,d rows in %.2f s%n", readRows, readSeconds);
            System.out.printf("import: %,d rows read, %,d added in %.2f s = %.2fx COPY (target <= 3x)%n",
                result.rowsRead(), result.rowsAdded(), importSeconds, importSeconds / copySeconds);
            System.out.printf("load average (1, 5, 15 min) before COPY: %s; after the import: %s%n", loadBefore, loadAfter);
            System.out.printf("dashboard first build after the import: %.0f ms%n", firstMillis);
            System.out.printf("dashboard (service, cache keyed on the buyer's summary version, %d runs after 20 warm-up):"
                + " p50 %.1f ms, p95 %.1f ms%n", millis.size(), pct(millis, 50), pct(millis, 95));
            System.out.printf("dashboard built afresh each time (no cache, %d runs after 20 warm-up): p50 %.0f ms,"
                + " p95 %.0f ms%n", uncached.size(), pct(uncached, 50), pct(uncached, 95));
            System.out.printf("max heap %d MB%n", rt.maxMemory() / 1024 / 1024);
            System.out.println("buyer id " + buyer);
        }
    }

    private static String load() throws java.io.IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static List<Double> times(Runnable work, int runs) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            if (i >= 20) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        return millis;
    }

    private static double pct(List<Double> sorted, int percent) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }
}
