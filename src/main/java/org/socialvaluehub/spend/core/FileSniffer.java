package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Decides from a file's first bytes whether it is delimited text, an XLSX workbook, or no table at all. */
final class FileSniffer {

    /** What kind of table file it is. */
    enum Format {
        TEXT,
        XLSX
    }

    private static final int HEAD = 8192;

    private FileSniffer() {}

    static Format sniff(Path file, ReaderLimits limits) throws SpendFileException {
        if (!Files.exists(file)) {
            throw new SpendFileException(SpendFileProblem.MISSING, "There is no file at " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new SpendFileException(SpendFileProblem.UNREADABLE, "The file cannot be read: " + file);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new SpendFileException(
                        SpendFileProblem.TOO_LARGE,
                        String.format("The file is %,d bytes; the limit is %,d bytes.", size, limits.maxFileBytes()));
            }
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new SpendFileException(SpendFileProblem.UNREADABLE, "The file cannot be read: " + e.getMessage(), e);
        }
        if (Blanks.isBlank(new String(head, StandardCharsets.ISO_8859_1))) {
            throw new SpendFileException(SpendFileProblem.EMPTY, "The file is empty.");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return Format.XLSX;
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new SpendFileException(
                    SpendFileProblem.NOT_A_TABLE,
                    "The file is a PDF document, not a table: save the spend data as CSV or XLSX.");
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new SpendFileException(
                    SpendFileProblem.UNSUPPORTED_FORMAT,
                    "The file is an old Excel .xls workbook: save it as .xlsx or CSV.");
        }
        if (isUtf16(head)) {
            return Format.TEXT;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                throw new SpendFileException(SpendFileProblem.NOT_A_TABLE, "The file is binary data, not a table.");
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        if (control * 20 > head.length) {
            throw new SpendFileException(SpendFileProblem.NOT_A_TABLE, "The file is binary data, not a table.");
        }
        return Format.TEXT;
    }

    private static boolean isUtf16(byte[] head) {
        return startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
