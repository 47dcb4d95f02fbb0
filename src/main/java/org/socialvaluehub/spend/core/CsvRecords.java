package org.socialvaluehub.spend.core;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * The records of a delimited text file, split by FastCSV.
 *
 * <p>FastCSV already handles CR, LF and CRLF, quoted cells with embedded line breaks and counts physical lines,
 * and splits faster than a hand-written loop over decoded characters would; what it cannot do (find the
 * encoding, delimiter and header) is done before it starts.
 */
final class CsvRecords implements RecordSource {

    private final CsvReader<RawRecord> reader;
    private final Iterator<RawRecord> records;

    CsvRecords(Path file, TextEncoding encoding, char delimiter) throws SpendFileException {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.skipNBytes(encoding.bomLength());
            reader = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .skipEmptyLines(true)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .allowExtraCharsAfterClosingQuote(true)
                    .allowUnclosedQuote(true)
                    .build(new RawRecordHandler(), new InputStreamReader(in, encoding.charset()));
            records = reader.iterator();
        } catch (IOException e) {
            throw new SpendFileException(
                    SpendFileProblem.UNREADABLE, "The file could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public RawRecord next() throws SpendFileException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            return records.next();
        } catch (UncheckedIOException e) {
            throw new SpendFileException(
                    SpendFileProblem.UNREADABLE, "The file could not be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new SpendFileException(
                    SpendFileProblem.NOT_A_TABLE, "The file is not a readable table: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
