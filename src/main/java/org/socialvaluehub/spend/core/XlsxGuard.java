package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Refuses an XLSX whose parts would unpack to more than the limits allow, before any part is unpacked. */
final class XlsxGuard {

    // Small parts compress well for honest reasons (repeated XML tags); only large ones can do harm.
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private XlsxGuard() {
    }

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
                    throw bomb(String.format("part %s is compressed %,d to 1", entry.getName(), size / Math.max(1, packed)));
                }
            }
        } catch (IOException e) {
            throw new SpendFileException(SpendFileProblem.NOT_A_TABLE,
                "The file looks like a zip archive but cannot be opened as an XLSX workbook: " + e.getMessage(), e);
        }
    }

    private static SpendFileException bomb(String why) {
        return new SpendFileException(SpendFileProblem.ZIP_BOMB, "The workbook was refused because " + why + ".");
    }
}
