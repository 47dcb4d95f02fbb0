package org.socialvaluehub.spend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.LineFingerprint;
import org.socialvaluehub.spend.core.SpendCheckReport;
import org.socialvaluehub.spend.core.SpendField;
import org.socialvaluehub.spend.core.SpendFile;
import org.socialvaluehub.spend.core.SpendFileException;
import org.socialvaluehub.spend.core.SpendFileReader;
import org.socialvaluehub.spend.core.SpendRow;
import org.socialvaluehub.spend.core.SupplierNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spend module's API: imports a buyer's spend file in one transaction (all of it or nothing), skipping lines
 * imported before (lines go in through a COPY into a staging table), then resolves new supplier names and refreshes
 * the buyer's dashboard summaries.
 */
@Service
public class SpendImports {

    static final int PROGRESS_EVERY = 5_000;
    static final long ANALYSE_FROM = 10_000;

    /** Told how far an import has got; may throw to stop it, which rolls everything back. */
    @FunctionalInterface
    public interface Progress {
        void rowsRead(long rows);

        Progress NONE = rows -> { };
    }

    private final SpendLineRepository lines;
    private final ImportRepository imports;
    private final SupplierNameRepository names;
    private final SupplierResolver resolver;
    private final SummaryRepository summaries;

    SpendImports(SpendLineRepository lines, ImportRepository imports, SupplierNameRepository names,
                 SupplierResolver resolver, SummaryRepository summaries) {
        this.lines = lines;
        this.imports = imports;
        this.names = names;
        this.resolver = resolver;
        this.summaries = summaries;
    }

    /** Imports the file for the buyer with the confirmed mapping (null to use the detected one). */
    @Transactional(rollbackFor = SpendFileException.class)
    public ImportResult importFile(long buyerId, String fileName, Path file, ColumnMapping mapping, Progress progress)
        throws SpendFileException {
        long importId = imports.start(buyerId, fileName);
        LineFingerprint fingerprint = new LineFingerprint();
        long read = 0;
        long accepted = 0;
        long redacted = 0;
        long formula = 0;
        List<SpendCheckReport.Rejection> rejections = new ArrayList<>();
        try (SpendFile spend = new SpendFileReader().open(file, mapping); LineStage stage = lines.stage()) {
            for (SpendRow row = spend.next(); row != null; row = spend.next()) {
                read++;
                formula += row.formula() ? 1 : 0;
                if (!row.accepted()) {
                    if (rejections.size() < ImportRepository.REJECTIONS_KEPT) {
                        rejections.add(new SpendCheckReport.Rejection(row.line(), row.problem()));
                    }
                    continue;
                }
                accepted++;
                redacted += row.redacted() ? 1 : 0;
                String name = row.text(SpendField.SUPPLIER_NAME);
                stage.add(fingerprint.of(row), row.line(), row.date(), row.amountPence(), name,
                    row.redacted() ? "" : SupplierNames.key(name), row.text(SpendField.ORGANISATION_NUMBER),
                    row.text(SpendField.TRANSACTION_ID), row.text(SpendField.SERVICE_AREA),
                    row.text(SpendField.EXPENSE_TYPE), row.text(SpendField.PURPOSE), row.redacted());
                if (read % PROGRESS_EVERY == 0) {
                    progress.rowsRead(read);
                }
            }
            stage.finish();
            progress.rowsRead(read);
        }
        SpendLineRepository.Added added = lines.moveNew(buyerId, importId);
        ImportResult result = new ImportResult(importId, read, accepted, read - accepted, added.lines(),
            redacted, formula, rejections);
        names.registerStagedNames();
        resolver.resolveNew();
        if (added.lines() >= ANALYSE_FROM) {
            lines.analyse();
        }
        summaries.refresh(buyerId);
        imports.finish(result, added.pence());
        return result;
    }
}
