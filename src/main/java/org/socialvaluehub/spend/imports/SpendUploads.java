package org.socialvaluehub.spend.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialvaluehub.spend.ImportResult;
import org.socialvaluehub.spend.RememberedMappings;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.SpendCheck;
import org.socialvaluehub.spend.core.SpendCheckReport;
import org.socialvaluehub.spend.core.SpendFile;
import org.socialvaluehub.spend.core.SpendFileException;
import org.socialvaluehub.spend.core.SpendFileReader;
import org.socialvaluehub.spend.core.SpendRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A buyer's uploaded spend file on its way in: kept in the database, its column mapping confirmed and remembered,
 * a preview of its first rows, then the import (here, or in a background job on any instance) with its progress.
 */
@Service
class SpendUploads {

    static final int PREVIEW_ROWS = 15;
    private static final Logger log = LoggerFactory.getLogger(SpendUploads.class);

    private final UploadRepository uploads;
    private final SpendImports imports;
    private final PayeeReview payees;
    private final TransactionTemplate separately;

    SpendUploads(
            UploadRepository uploads,
            SpendImports imports,
            PayeeReview payees,
            PlatformTransactionManager transactions) {
        this.uploads = uploads;
        this.imports = imports;
        this.payees = payees;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long store(long buyerId, String fileName, InputStream content, long size, Long userId) {
        return uploads.insert(buyerId, fileName, content, size, userId);
    }

    Optional<UploadRepository.Upload> find(long id) {
        return uploads.find(id);
    }

    /** Reads the first rows with the upload's confirmed mapping, else the buyer's remembered one, else detection. */
    UploadPreview preview(UploadRepository.Upload upload, boolean detectOnly) throws SpendFileException {
        Path file = uploads.copyToTemporaryFile(upload.id());
        try (SpendFile spend = new SpendFileReader().open(file, detectOnly ? null : mappingFor(upload, file))) {
            List<SpendRow> rows = new ArrayList<>();
            for (SpendRow row = spend.next(); row != null && rows.size() < PREVIEW_ROWS; row = spend.next()) {
                rows.add(row);
            }
            int width = Math.max(
                    spend.layout().headerWidth(),
                    rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
            return new UploadPreview(spend.layout().mapping(), spend.layout().headerRow(), width, rows);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The payees and expense types in the whole file that may name a person, for the buyer to withhold. */
    List<PayeeReview.Flagged> peopleIn(UploadRepository.Upload upload) throws SpendFileException {
        Path file = uploads.copyToTemporaryFile(upload.id());
        try {
            return payees.of(file, mappingFor(upload, file));
        } finally {
            deleteQuietly(file);
        }
    }

    /** The buyer's uploads whose columns wait to be confirmed. */
    List<UploadRepository.Upload> waitingToConfirm(long buyerId) {
        return uploads.waitingToConfirm(buyerId);
    }

    void withhold(long id, Withheld withheld) {
        uploads.setWithheld(id, withheld);
    }

    /** The upload's confirmed mapping, else the one remembered for files with its headings, else null (detect). */
    ColumnMapping mappingFor(UploadRepository.Upload upload, Path file) throws SpendFileException {
        ColumnMapping confirmed = MappingText.parse(upload.mapping());
        return confirmed != null
                ? confirmed
                : MappingText.parse(uploads.rememberedMapping(upload.buyerId(), RememberedMappings.headingSet(file))
                        .orElse(null));
    }

    /** The buyer remembers mappings, but none for files headed as this one: its columns were detected afresh. */
    boolean headedAfresh(UploadRepository.Upload upload) throws SpendFileException {
        if (upload.mapping() != null || !uploads.remembersAny(upload.buyerId())) {
            return false;
        }
        Path file = uploads.copyToTemporaryFile(upload.id());
        try {
            return uploads.rememberedMapping(upload.buyerId(), RememberedMappings.headingSet(file))
                    .isEmpty();
        } finally {
            deleteQuietly(file);
        }
    }

    /** The whole file checked under the mapping the import would use. */
    SpendCheckReport check(UploadRepository.Upload upload) throws SpendFileException {
        Path file = uploads.copyToTemporaryFile(upload.id());
        try {
            return new SpendCheck(new SpendFileReader()).check(file, mappingFor(upload, file));
        } finally {
            deleteQuietly(file);
        }
    }

    /** Whether the import would be refused for rejecting too many of the file's rows. */
    boolean refuses(SpendCheckReport report) {
        return imports.refuses(report.rowsRead(), report.rowsRejected());
    }

    long maxRejectedPercent() {
        return imports.maxRejectedPercent();
    }

    /** Confirms the upload's mapping and remembers it for the buyer's files with the same headings. */
    void confirmMapping(UploadRepository.Upload upload, ColumnMapping mapping) throws SpendFileException {
        String text = MappingText.format(mapping);
        uploads.setMapping(upload.id(), text);
        Path file = uploads.copyToTemporaryFile(upload.id());
        try {
            uploads.remember(upload.buyerId(), RememberedMappings.headingSet(file), text);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Another of the buyer's uploads is being imported. */
    boolean anotherImportRuns(UploadRepository.Upload upload) {
        return uploads.importing(upload.buyerId(), upload.id());
    }

    void queued(long id) {
        uploads.setStatus(id, "QUEUED", 0, null, null);
    }

    /** Imports the upload; a failure rolls the import back and is recorded on the upload for the person. */
    void runImport(long id) {
        UploadRepository.Upload upload = uploads.find(id).orElseThrow();
        if (upload.status().equals("DONE") || upload.status().equals("RUNNING")) {
            return;
        }
        uploads.setStatus(id, "RUNNING", 0, null, null);
        Path file = uploads.copyToTemporaryFile(id);
        try {
            ImportResult result = imports.importFile(
                    upload.buyerId(),
                    upload.fileName(),
                    file,
                    mappingFor(upload, file),
                    uploads.withheld(id),
                    rows -> separately.executeWithoutResult(s -> uploads.setStatus(id, "RUNNING", rows, null, null)));
            uploads.setStatus(id, "DONE", result.rowsRead(), null, result.importId());
            uploads.dropContent(id);
        } catch (SpendFileException e) {
            uploads.setStatus(id, "FAILED", 0, problemKey(e), null);
        } catch (RuntimeException e) {
            log.warn("Spend import of upload {} failed", id, e);
            uploads.setStatus(id, "FAILED", 0, "spend.import.stopped", null);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The bundle's words for why a file cannot be read: a reader's own text is for logs, not for the person. */
    static String problemKey(SpendFileException e) {
        return "spend.file.problem." + e.problem().name();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the operating system clears it in the end
        }
    }
}
