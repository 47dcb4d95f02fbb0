package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Opens the spend files public bodies publish, CSV or XLSX, and works out how each one is laid out.
 *
 * <p>Use: {@code try (SpendFile file = reader.open(path)) { file.forEachRow(...); }}. The layout (encoding,
 * delimiter, header row, column mapping) is found from the first rows; the rest are streamed, so memory does not
 * grow with the file.
 */
public final class SpendFileReader {

    // Enough rows to get past a report's preamble and to see what a headerless file's columns hold.
    static final int LOOK_AHEAD_ROWS = 50;
    private static final int LOOK_AHEAD_RECORDS = 500;

    private final ReaderLimits limits;

    public SpendFileReader(ReaderLimits limits) {
        this.limits = limits;
    }

    public SpendFileReader() {
        this(ReaderLimits.defaults());
    }

    /** Opens the file and detects its layout and column mapping. */
    public SpendFile open(Path file) throws SpendFileException {
        return open(file, null);
    }

    /** Opens the file with a mapping the person confirmed, which replaces detection; null to detect. */
    public SpendFile open(Path file, ColumnMapping confirmed) throws SpendFileException {
        FileSniffer.Format format = FileSniffer.sniff(file, limits);
        TextEncoding encoding = null;
        char delimiter = 0;
        RecordSource source;
        if (format == FileSniffer.Format.XLSX) {
            source = new XlsxRecords(file, limits);
        } else {
            try {
                encoding = EncodingDetector.detect(file);
                delimiter = DelimiterDetector.detect(file, encoding);
            } catch (IOException e) {
                throw new SpendFileException(
                        SpendFileProblem.UNREADABLE, "The file cannot be read: " + e.getMessage(), e);
            }
            if (delimiter == 0) {
                throw new SpendFileException(
                        SpendFileProblem.NOT_A_TABLE,
                        "No comma, semicolon, tab or bar splits the lines into columns, so the file is not a table.");
            }
            source = new CsvRecords(file, encoding, delimiter);
        }
        try {
            return layOut(source, format == FileSniffer.Format.XLSX ? "XLSX" : "CSV", encoding, delimiter, confirmed);
        } catch (SpendFileException | RuntimeException e) {
            closeQuietly(source);
            throw e;
        }
    }

    private static SpendFile layOut(
            RecordSource source, String format, TextEncoding encoding, char delimiter, ColumnMapping confirmed)
            throws SpendFileException {
        Deque<RawRecord> lookahead = new ArrayDeque<>();
        List<RawRecord> filled = new ArrayList<>();
        for (RawRecord r = source.next();
                r != null;
                r = filled.size() < LOOK_AHEAD_ROWS && lookahead.size() < LOOK_AHEAD_RECORDS ? source.next() : null) {
            lookahead.add(r);
            if (!Blanks.allBlank(r.cells())) {
                filled.add(r);
            }
        }
        if (filled.isEmpty()) {
            throw new SpendFileException(SpendFileProblem.EMPTY, "The file has no rows with any content.");
        }
        int headerIndex = HeaderDetector.find(filled);
        RawRecord header = headerIndex < 0 ? null : filled.get(headerIndex);
        if (header != null) {
            while (lookahead.peek() != header) {
                lookahead.poll(); // a report's title and parameters, above the header, are not data
            }
            lookahead.poll();
            filled = filled.subList(headerIndex + 1, filled.size());
        }
        ColumnMapping mapping = confirmed != null
                ? confirmed
                : header != null ? HeaderDetector.map(header.cells()) : ColumnInference.infer(filled);
        if (header == null
                && mapping.columns().isEmpty()
                && mapping.ambiguities().isEmpty()) {
            throw new SpendFileException(
                    SpendFileProblem.NOT_A_TABLE,
                    "No header names a spend column and no column holds dates or amounts, "
                            + "so the file is not a spend table.");
        }
        long headerRow = header == null ? 0 : header.line();
        int headerWidth = header == null ? 0 : header.cells().length;
        String headingSet = HeadingSet.of(
                header == null ? null : header.cells(),
                filled.stream().mapToInt(r -> r.cells().length).max().orElse(0));
        SpendFileLayout layout =
                new SpendFileLayout(format, encoding, delimiter, headerRow, headerWidth, mapping, headingSet);
        return new SpendFile(layout, lookahead, source);
    }

    private static void closeQuietly(RecordSource source) {
        try {
            source.close();
        } catch (IOException ignored) {
            // the file is already being refused; the refusal is what the person needs to see
        }
    }
}
