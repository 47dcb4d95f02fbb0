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
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.core.ColumnMapping;
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

    /** The first rows of a file under a mapping, and how it is laid out. */
    record Preview(ColumnMapping mapping, long headerRow, int width, List<SpendRow> rows) {

        /** The text of the column in the first row that has it, as an example for the person. */
        public String example(int column) {
            return rows.stream()
                    .filter(r -> r.cells().size() >= column
                            && !r.cells().get(column - 1).isBlank())
                    .map(r -> r.cells().get(column - 1).strip())
                    .findFirst()
                    .orElse("");
        }

        /** The key of the field mapped to the column, or an empty string. */
        public String fieldAt(int column) {
            return mapping.columns().entrySet().stream()
                    .filter(e -> e.getValue() == column)
                    .map(e -> e.getKey().key())
                    .findFirst()
                    .orElse("");
        }

        /** The heading of the column where the mapping knows it, or an empty string. */
        public String headingAt(int column) {
            return mapping.columns().entrySet().stream()
                    .filter(e -> e.getValue() == column)
                    .map(e -> mapping.headings().getOrDefault(e.getKey(), ""))
                    .findFirst()
                    .orElse("");
        }
    }

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
    Preview preview(UploadRepository.Upload upload, boolean detectOnly) throws SpendFileException {
        ColumnMapping mapping = detectOnly ? null : mappingFor(upload);
        Path file = uploads.copyToTemporaryFile(upload.id());
        try (SpendFile spend = new SpendFileReader().open(file, mapping)) {
            List<SpendRow> rows = new ArrayList<>();
            for (SpendRow row = spend.next(); row != null && rows.size() < PREVIEW_ROWS; row = spend.next()) {
                rows.add(row);
            }
            int width = Math.max(
                    spend.layout().headerWidth(),
                    rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
            return new Preview(spend.layout().mapping(), spend.layout().headerRow(), width, rows);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The payees and expense types in the whole file that may name a person, for the buyer to withhold. */
    List<PayeeReview.Flagged> peopleIn(UploadRepository.Upload upload) throws SpendFileException {
        Path file = uploads.copyToTemporaryFile(upload.id());
        try {
            return payees.of(file, mappingFor(upload));
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

    ColumnMapping mappingFor(UploadRepository.Upload upload) {
        ColumnMapping confirmed = MappingText.parse(upload.mapping());
        return confirmed != null
                ? confirmed
                : MappingText.parse(uploads.rememberedMapping(upload.buyerId()).orElse(null));
    }

    void confirmMapping(UploadRepository.Upload upload, ColumnMapping mapping) {
        String text = MappingText.format(mapping);
        uploads.setMapping(upload.id(), text);
        uploads.remember(upload.buyerId(), text);
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
                    mappingFor(upload),
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
