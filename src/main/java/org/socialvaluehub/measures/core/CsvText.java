package org.socialvaluehub.measures.core;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns the bytes of an uploaded CSV into records: strict UTF-8, an optional byte order mark, any line ending. */
final class CsvText {

    private CsvText() {}

    /**
     * Decodes strict UTF-8. A Windows-1252 file (Excel's "CSV" rather than "CSV UTF-8") fails here with
     * the line of the first bad byte, instead of turning "£" into "�" without a word.
     */
    static String decodeUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int badByte = firstBadByte(bytes);
            throw new InvalidInputException(
                    "encoding",
                    "the file is not UTF-8: line " + lineOf(bytes, badByte)
                            + " has a byte (0x"
                            + Integer.toHexString(bytes[badByte] & 0xff).toUpperCase()
                            + ") that UTF-8 does not allow. Save the file as \"CSV UTF-8\" and upload it again");
        }
    }

    static List<CsvRecord> records(String text, CommentStrategy comments) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .commentStrategy(comments)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isBlankRecord(CsvRecord record) {
        return record.getFields().stream().allMatch(String::isBlank);
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
