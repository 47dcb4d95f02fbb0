package org.socialvaluehub.spend;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.LineSums;
import org.socialvaluehub.spend.core.SpendField;
import org.socialvaluehub.spend.core.SpendFile;
import org.socialvaluehub.spend.core.SpendFileException;
import org.socialvaluehub.spend.core.SpendFileProblem;
import org.socialvaluehub.spend.core.SpendFileReader;
import org.socialvaluehub.spend.core.SpendRow;
import org.socialvaluehub.spend.core.fast.FingerprintSet;
import org.socialvaluehub.spend.core.fast.ReadAhead;
import org.socialvaluehub.spend.imports.ImportRepository;
import org.socialvaluehub.spend.imports.ImportRun;
import org.socialvaluehub.spend.imports.LineStage;
import org.socialvaluehub.spend.imports.SpendLineRepository;
import org.socialvaluehub.spend.imports.SummaryRepository;
import org.socialvaluehub.spend.imports.Withheld;
import org.socialvaluehub.spend.suppliers.SupplierNameRepository;
import org.socialvaluehub.spend.suppliers.SupplierResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spend module's API: imports a buyer's spend file in one transaction (all of it or nothing), skipping lines
 * imported before, then resolves new supplier names and adds the new lines to the buyer's dashboard summaries. Lines go
 * in with
 * {@code COPY}: straight into {@code spend_line} once the buyer's earlier fingerprints are known, or, for a buyer
 * with very many lines, through a staging table.
 */
@Service
public class SpendImports {

    static final int PROGRESS_EVERY = 5_000;
    /** Up to this many earlier lines, their fingerprints are held in memory (about 40 bytes each). */
    static final long DIRECT_UP_TO = 2_000_000;

    /** Told how far an import has got; may throw to stop it, which rolls everything back. */
    @FunctionalInterface
    public interface Progress {
        void rowsRead(long rows);

        Progress NONE = rows -> {};
    }

    private static final Logger log = LoggerFactory.getLogger(SpendImports.class);

    private final SpendLineRepository lines;
    private final ImportRepository imports;
    private final SupplierNameRepository names;
    private final SupplierResolver resolver;
    private final SummaryRepository summaries;
    private final double maxRejectedShare;

    SpendImports(
            SpendLineRepository lines,
            ImportRepository imports,
            SupplierNameRepository names,
            SupplierResolver resolver,
            SummaryRepository summaries,
            @Value("${svh.spend.max-rejected-share:0.5}") double maxRejectedShare) {
        this.lines = lines;
        this.imports = imports;
        this.names = names;
        this.resolver = resolver;
        this.summaries = summaries;
        this.maxRejectedShare = maxRejectedShare;
    }

    /** Whether so many of the rows would be rejected that the import is refused: the columns are most likely wrong. */
    public boolean refuses(long rowsRead, long rowsRejected) {
        return rowsRead > 0 && rowsRejected > maxRejectedShare * rowsRead;
    }

    /** The largest share of a file's rows that an import may reject, as a whole percentage. */
    public long maxRejectedPercent() {
        return Math.round(maxRejectedShare * 100);
    }

    /** Imports the file for the buyer with the confirmed mapping (null to use the detected one). */
    @Transactional(rollbackFor = SpendFileException.class)
    public ImportResult importFile(long buyerId, String fileName, Path file, ColumnMapping mapping, Progress progress)
            throws SpendFileException {
        return importFile(buyerId, fileName, file, mapping, Withheld.NONE, progress);
    }

    /** As above, storing the lines of the payees and expense types the buyer withheld as redacted. */
    @Transactional(rollbackFor = SpendFileException.class)
    public ImportResult importFile(
            long buyerId, String fileName, Path file, ColumnMapping mapping, Withheld withheld, Progress progress)
            throws SpendFileException {
        long started = System.nanoTime();
        long importId = imports.start(buyerId, fileName);
        lines.lockBuyer(buyerId);
        FingerprintSet seen = lines.fingerprints(buyerId, DIRECT_UP_TO);
        long known = System.nanoTime();
        ImportRun run = new ImportRun();
        LineSums sums = seen != null ? new LineSums() : null;
        try (SpendFile spend = new SpendFileReader().open(file, mapping);
                ReadAhead ahead = new ReadAhead(spend);
                LineStage stage = seen != null ? lines.direct(buyerId, importId) : lines.staged(buyerId, importId)) {
            for (ReadAhead.Read read = ahead.next(); read != null; read = ahead.next()) {
                store(read, run, seen, stage, sums, withheld);
                if (run.read % PROGRESS_EVERY == 0) {
                    progress.rowsRead(run.read);
                }
            }
            stage.finish();
            progress.rowsRead(run.read);
        }
        if (refuses(run.read, run.read - run.accepted)) {
            throw new SpendFileException(
                    SpendFileProblem.TOO_MANY_REJECTED,
                    (run.read - run.accepted) + " of " + run.read + " rows would be rejected: check the columns.");
        }
        long stored = System.nanoTime();
        if (seen == null) {
            SpendLineRepository.Added added = lines.moveNew(buyerId, importId);
            run.addedLines = added.lines();
            run.addedPence = added.pence();
        }
        names.register(run.names);
        resolver.resolveNew(run.numbers);
        long resolved = System.nanoTime();
        if (run.addedLines > 0 && sums != null && !sums.overflowed()) {
            summaries.add(buyerId, sums);
        } else if (run.addedLines > 0) {
            summaries.add(buyerId, importId);
        }
        long summed = System.nanoTime();
        ImportResult result = run.result(
                importId,
                seen == null
                        ? lines.earlierOfStaged(buyerId, importId)
                        : lines.earlierOf(buyerId, importId, run.skipped));
        imports.finish(result);
        log.info(
                "Spend import {}: {} rows, {} added; earlier fingerprints {} ms, read and stored {} ms, names {} ms,"
                        + " summaries {} ms",
                importId,
                run.read,
                run.addedLines,
                millis(started, known),
                millis(known, stored),
                millis(stored, resolved),
                millis(resolved, summed));
        return result;
    }

    /**
     * Counts the row, and stages it and adds it to the sums unless it was imported before (seen null: staged anyway).
     * A withheld row keeps its money but neither its payee's name nor number.
     */
    private static void store(
            ReadAhead.Read read,
            ImportRun run,
            FingerprintSet seen,
            LineStage stage,
            LineSums sums,
            Withheld withheld) {
        SpendRow row = read.row();
        run.read++;
        run.formula += row.formula() ? 1 : 0;
        if (!row.accepted()) {
            run.reject(row);
            return;
        }
        run.accepted++;
        run.acceptedPence += row.amountPence();
        String area = row.text(SpendField.SERVICE_AREA);
        String type = row.text(SpendField.EXPENSE_TYPE);
        ImportRun.Spelling spelling = run.spelling(row.text(SpendField.SUPPLIER_NAME));
        boolean withholding = !row.redacted() && withheld.covers(spelling.key, type);
        boolean redacted = row.redacted() || withholding;
        run.redacted += redacted ? 1 : 0;
        String key = redacted ? "" : spelling.key;
        String name = withholding ? "" : spelling.name;
        String number = withholding ? "" : row.text(SpendField.ORGANISATION_NUMBER);
        if (!redacted) {
            run.supplier(spelling, number);
        }
        if (seen != null && !seen.add(read.fingerprint())) {
            run.skipped.add(read.fingerprint());
            return;
        }
        stage.add(
                read.fingerprint(),
                row.line(),
                row.date(),
                row.amountPence(),
                name,
                key,
                number,
                row.text(SpendField.TRANSACTION_ID),
                area,
                type,
                row.text(SpendField.PURPOSE),
                redacted);
        run.addedLines++;
        run.addedPence += row.amountPence();
        if (sums != null) {
            sums.add(row.date(), row.amountPence(), spelling.number, key, name, area, type, redacted);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
