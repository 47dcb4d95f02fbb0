package org.socialvaluehub.spend.imports;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
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
import org.socialvaluehub.spend.ImportResult;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.dashboards.DashboardBuilder;
import org.socialvaluehub.spend.dashboards.Period;
import org.socialvaluehub.spend.dashboards.SpendDashboard;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import of a large spend file against PostgreSQL {@code COPY} of the same file into an unindexed table, in one run on
 * one database, then the buyer dashboard's build time over the imported rows. Run by {@code bench/spend-import.sh}
 * with the heap capped; not a unit test. Two rounds, each a COPY then an import of the whole file for a new buyer: the
 * first in the freshly started JVM, while the JIT compiler is still busy with start-up and meets the import's code for
 * the first time (as a one-off {@code ./svh spend import} does); the second once compilation has settled (as in the
 * running app, where imports are background jobs). The second is the figure compared with the target; both print.
 */
public final class SpendImportBenchmark {

    /** One round's elapsed seconds and CPU seconds (JVM, PostgreSQL) for the COPY and the import. */
    private record Round(
            double copySeconds,
            double[] copyCpu,
            double importSeconds,
            double[] importCpu,
            ImportResult result,
            long buyer) {
        double ratio() {
            return importSeconds / copySeconds;
        }

        double cpuRatio() {
            return (importCpu[0] + importCpu[1]) / (copyCpu[0] + copyCpu[1]);
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (var context = new SpringApplicationBuilder(SocialValueHubApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "svh.demo.enabled=false",
                        "svh.scheduler.enabled=false",
                        "logging.level.root=WARN",
                        "logging.level.org.socialvaluehub.spend=INFO",
                        "svh.embedded-database.ephemeral=true")
                .run()) {
            DataSource dataSource = context.getBean(DataSource.class);
            ProcessCpu cpu = ProcessCpu.of(dataSource);
            String loadBefore = load();
            Round cold = round(context, cpu, file, 1);
            long readRows = 0;
            long readStart = System.nanoTime();
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
            double settled = settleCompiler();
            Round warm = round(context, cpu, file, 2);
            String loadAfter = load();

            SpendDashboard dashboard = context.getBean(SpendDashboard.class);
            List<Long> buyers = List.of(warm.buyer());
            Period period = dashboard.defaultPeriod(buyers, null, null);
            long firstStart = System.nanoTime();
            dashboard.build(buyers, period);
            double firstMillis = (System.nanoTime() - firstStart) / 1e6;
            List<Double> millis = times(() -> dashboard.build(buyers, period), 120);
            DashboardBuilder builder = context.getBean(DashboardBuilder.class);
            List<Double> uncached = times(() -> builder.build(buyers, period), 40);
            Runtime rt = Runtime.getRuntime();
            print("first round, fresh JVM", cold);
            System.out.printf(
                    "read and fingerprint only (no database): %,d rows in %.2f s; then waited %.1f s for the JIT"
                            + " compiler to settle%n",
                    readRows, readSeconds, settled);
            print("second round", warm);
            System.out.printf(
                    "import: %,d rows read, %,d added in %.2f s = %.2fx COPY (target <= 3x)%n",
                    warm.result().rowsRead(), warm.result().rowsAdded(), warm.importSeconds(), warm.ratio());
            System.out.printf(
                    "load average (1, 5, 15 min) before: %s; after the second import: %s%n", loadBefore, loadAfter);
            System.out.printf("dashboard first build after the import: %.0f ms%n", firstMillis);
            System.out.printf(
                    "dashboard (service, cache keyed on the buyer's summary version, %d runs after 20 warm-up):"
                            + " p50 %.1f ms, p95 %.1f ms%n",
                    millis.size(), pct(millis, 50), pct(millis, 95));
            System.out.printf(
                    "dashboard built afresh each time (no cache, %d runs after 20 warm-up): p50 %.0f ms,"
                            + " p95 %.0f ms%n",
                    uncached.size(), pct(uncached, 50), pct(uncached, 95));
            System.out.printf("max heap %d MB%n", rt.maxMemory() / 1024 / 1024);
        }
    }

    private static Round round(ConfigurableApplicationContext context, ProcessCpu cpu, Path file, int round)
            throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        long buyer = context.getBean(Organisations.class)
                .add(new NewOrganisation(
                        "Bench Council " + round,
                        OrganisationKind.BUYER,
                        LegalForm.PUBLIC_BODY,
                        SizeBand.LARGE,
                        "OX1 1BX",
                        null,
                        null,
                        false));
        double[] copyCpu = {cpu.jvmSeconds(), cpu.postgresSeconds()};
        long copyStart = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection
                    .createStatement()
                    .execute("create table bench_copy_" + round + " (c1 text, c2 text, c3 text,"
                            + " c4 text, c5 text, c6 text, c7 text, c8 text, c9 text, c10 text)");
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy bench_copy_" + round + " from stdin (format csv)", in);
        }
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        copyCpu = new double[] {cpu.jvmSeconds() - copyCpu[0], cpu.postgresSeconds() - copyCpu[1]};
        double[] importCpu = {cpu.jvmSeconds(), cpu.postgresSeconds()};
        long importStart = System.nanoTime();
        ImportResult result = context.getBean(SpendImports.class)
                .importFile(buyer, file.getFileName().toString(), file, null, SpendImports.Progress.NONE);
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        importCpu = new double[] {cpu.jvmSeconds() - importCpu[0], cpu.postgresSeconds() - importCpu[1]};
        return new Round(copySeconds, copyCpu, importSeconds, importCpu, result, buyer);
    }

    private static void print(String name, Round round) {
        System.out.printf(
                "%s: COPY %.2f s, import %.2f s = %.2fx COPY; CPU time (steadier on a shared machine): COPY"
                        + " %.2f s (JVM %.2f, PostgreSQL %.2f), import %.2f s (JVM %.2f, PostgreSQL %.2f) = %.2fx%n",
                name,
                round.copySeconds(),
                round.importSeconds(),
                round.ratio(),
                round.copyCpu()[0] + round.copyCpu()[1],
                round.copyCpu()[0],
                round.copyCpu()[1],
                round.importCpu()[0] + round.importCpu()[1],
                round.importCpu()[0],
                round.importCpu()[1],
                round.cpuRatio());
    }

    /**
     * Waits until the JIT compiler has spent under 20 ms in the last second (at most 60 s); returns the seconds waited.
     */
    private static double settleCompiler() throws InterruptedException {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long before = compiler.getTotalCompilationTime();
        for (int i = 0; i < 60; i++) {
            Thread.sleep(1_000);
            long now = compiler.getTotalCompilationTime();
            if (now - before < 20) {
                break;
            }
            before = now;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String load() throws IOException {
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
