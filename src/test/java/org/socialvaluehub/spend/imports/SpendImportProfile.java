package org.socialvaluehub.spend.imports;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.socialvaluehub.SocialValueHubApplication;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.core.SpendField;
import org.socialvaluehub.spend.core.SupplierNames;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a large spend import's time goes: the import with its phases logged, then each heavy statement of it run
 * again under {@code EXPLAIN (ANALYZE, BUFFERS)} (and rolled back). Run by {@code bench/spend-import-profile.sh}; not a
 * unit test.
 */
public final class SpendImportProfile {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (var context = new SpringApplicationBuilder(SocialValueHubApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "svh.demo.enabled=false",
                        "svh.scheduler.enabled=false",
                        "logging.level.root=WARN",
                        "logging.level.org.socialvaluehub.spend=DEBUG",
                        "svh.embedded-database.ephemeral=true")
                .run()) {
            long buyer = context.getBean(Organisations.class)
                    .add(new NewOrganisation(
                            "Profile Council",
                            OrganisationKind.BUYER,
                            LegalForm.PUBLIC_BODY,
                            SizeBand.LARGE,
                            "OX1 1BX",
                            null,
                            null,
                            false));
            String only = args.length > 1 ? args[1] : "";
            if (only.isEmpty()) {
                imports(context.getBean(SpendImports.class), buyer, file);
            }
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            TransactionTemplate tx = context.getBean(TransactionTemplate.class);
            SpendLineRepository lines = context.getBean(SpendLineRepository.class);
            tx.executeWithoutResult(status -> {
                long t = System.nanoTime();
                long staged = stage(file, lines.staged(buyer, 1));
                jdbc.sql("create table probe_source as select * from spend_stage")
                        .update();
                System.out.printf(
                        "read, fingerprint and COPY %,d lines into an unindexed temporary table: %.2f s%n",
                        staged, (System.nanoTime() - t) / 1e9);
            });
            List<String[]> steps = steps(buyer);
            for (String[] step :
                    only.equals("--summaries-only") ? steps.subList(steps.size() - 2, steps.size()) : steps) {
                tx.executeWithoutResult(status -> {
                    for (int i = 0; i < step.length - 1; i++) {
                        jdbc.sql(step[i]).update();
                    }
                    long t = System.nanoTime();
                    List<String> plan = jdbc.sql("explain (analyze, buffers) " + step[step.length - 1])
                            .query(String.class)
                            .list();
                    System.out.printf("%n== %.2f s: %s%n", (System.nanoTime() - t) / 1e9, step[step.length - 1]);
                    plan.forEach(System.out::println);
                    status.setRollbackOnly();
                });
            }
        }
    }

    private static void imports(SpendImports imports, long buyer, Path file) throws Exception {
        long start = System.nanoTime();
        imports.importFile(buyer, "first.csv", file, null, SpendImports.Progress.NONE);
        System.out.printf("first import %.2f s%n", (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        imports.importFile(buyer, "again.csv", file, null, SpendImports.Progress.NONE);
        System.out.printf("same file again %.2f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static long stage(Path file, LineStage stage) {
        var fingerprint = new org.socialvaluehub.spend.core.LineFingerprint();
        try (var spend = new org.socialvaluehub.spend.core.SpendFileReader().open(file, null);
                stage) {
            for (var row = spend.next(); row != null; row = spend.next()) {
                if (row.accepted()) {
                    String name = row.text(SpendField.SUPPLIER_NAME);
                    stage.add(
                            fingerprint.of(row),
                            row.line(),
                            row.date(),
                            row.amountPence(),
                            name,
                            row.redacted() ? "" : SupplierNames.key(name),
                            row.text(SpendField.ORGANISATION_NUMBER),
                            row.text(SpendField.TRANSACTION_ID),
                            row.text(SpendField.SERVICE_AREA),
                            row.text(SpendField.EXPENSE_TYPE),
                            row.text(SpendField.PURPOSE),
                            row.redacted());
                }
            }
            return stage.finish();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The summaries' statement over the staged lines. */
    private static String overProbe(String statement) {
        return statement.formatted("true").replace("spend_line l", "probe_source l");
    }

    /** The summaries' statement as a query (not creating its table) over the staged lines. */
    private static String onProbe(String statement) {
        return overProbe(statement).replaceFirst("create temp table (\\w+) on commit drop as", "");
    }

    private static final String COLUMNS = "buyer_id, import_id, fingerprint, line_no, payment_date, amount_pence,"
            + " supplier_name, supplier_key, organisation_number, transaction_id, "
            + "service_area, expense_type, purpose, redacted";

    private static List<String[]> steps(long buyer) {
        String like = "create temp table copy_line as select * from probe_source";
        String target = "create table probe (like spend_line including identity)";
        String insert = "insert into probe (" + COLUMNS + ") select " + COLUMNS + " from copy_line";
        return List.of(
                new String[] {like, target, insert},
                new String[] {like, target, "create unique index on probe (buyer_id, fingerprint)", insert},
                new String[] {
                    like,
                    target,
                    "create unique index on probe (buyer_id, fingerprint)",
                    insert + " order by fingerprint"
                },
                new String[] {like, target, "create index on probe (buyer_id)", insert},
                new String[] {like, target, "create index on probe (buyer_id, payment_date)", insert},
                new String[] {
                    like,
                    target,
                    "insert into spend_import (buyer_id, file_name, rows_read, rows_accepted, rows_rejected,"
                            + " rows_added, rows_redacted, rows_formula, added_pence) overriding system value values ("
                            + buyer
                            + ", 'probe', 0, 0, 0, 0, 0, 0, 0, 1) on conflict do nothing",
                    "alter table probe add foreign key (import_id) references spend_import (id)",
                    insert
                },
                new String[] {
                    like,
                    target,
                    "create index on probe using brin (buyer_id, import_id) with (autosummarize = on)",
                    insert
                },
                new String[] {"set local work_mem = '64MB'", onProbe(SummaryRepository.FLAGS)},
                new String[] {
                    "set local work_mem = '64MB'",
                    overProbe(SummaryRepository.FLAGS),
                    "analyze spend_pair_flag",
                    onProbe(SummaryRepository.SUMS)
                });
    }
}
