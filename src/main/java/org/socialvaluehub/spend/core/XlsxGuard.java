package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses an XLSX whose parts would unpack to more than the limits allow, before the workbook is read.
 *
 * <p>The declared sizes are checked first, which is cheap; then every part is inflated once into nothing,
 * because a hostile file can declare small sizes and still unpack to gigabytes.
 */
final class XlsxGuard {

    // Small parts compress well for honest reasons (repeated XML tags); only large ones can do harm.
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private XlsxGuard() {}

    static void check(Path file, ReaderLimits limits) throws SpendFileException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size < 0 || packed < 0) {
                    throw bomb("part " + entry.getName() + " does not declare its size");
                }
                total += size;
                if (total > limits.maxDecompressedBytes()) {
                    throw bomb(String.format("it would unpack to more than %,d bytes", limits.maxDecompressedBytes()));
                }
                if (size > RATIO_GRACE_BYTES && size > packed * limits.maxCompressionRatio()) {
                    throw bomb(String.format(
                            "part %s is compressed %,d to 1", entry.getName(), size / Math.max(1, packed)));
                }
            }
            inflateWithinDeclaredSizes(zip);
        } catch (IOException e) {
            throw new SpendFileException(
                    SpendFileProblem.NOT_A_TABLE,
                    "The file looks like a zip archive but cannot be opened as an XLSX workbook: " + e.getMessage(),
                    e);
        }
    }

    private static void inflateWithinDeclaredSizes(ZipFile zip) throws IOException, SpendFileException {
        byte[] sink = new byte[1 << 16];
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            long unpacked = 0;
            byte[] tail = new byte[0];
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(sink); n > 0; n = in.read(sink)) {
                    tail = refuseDeclarations(tail, sink, n);
                    unpacked += n;
                    if (unpacked > entry.getSize()) {
                        throw bomb(String.format(
                                "part %s declares %,d bytes but unpacks to more", entry.getName(), entry.getSize()));
                    }
                }
            }
        }
    }

    /**
     * Refuses a part that declares a document type or entities: Excel never writes one, and an entity can point at
     * files on the server (XXE). The last bytes of each chunk are kept so a declaration split across two is found.
     */
    private static byte[] refuseDeclarations(byte[] tail, byte[] chunk, int length) throws SpendFileException {
        byte[] text = new byte[tail.length + length];
        System.arraycopy(tail, 0, text, 0, tail.length);
        System.arraycopy(chunk, 0, text, tail.length, length);
        String ascii = new String(text, StandardCharsets.ISO_8859_1);
        if (ascii.contains("<!DOCTYPE") || ascii.contains("<!ENTITY")) {
            throw new SpendFileException(
                    SpendFileProblem.EXTERNAL_ENTITIES,
                    "The workbook declares a document type or entities (external entities), "
                            + "which spend files never need.");
        }
        int keep = Math.min(text.length, DECLARATION_LENGTH);
        return Arrays.copyOfRange(text, text.length - keep, text.length);
    }

    private static final int DECLARATION_LENGTH = "<!DOCTYPE".length() - 1;

    private static SpendFileException bomb(String why) {
        return new SpendFileException(SpendFileProblem.ZIP_BOMB, "The workbook was refused because " + why + ".");
    }
}
