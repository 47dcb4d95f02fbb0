package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds which encoding a spend file was written in: UTF-8 (with or without a byte order mark), Windows-1252,
 * or a DOS code page whose pound sign is byte 0x9C.
 *
 * <p>The whole file is checked, not a sample: a file can be plain ASCII for 100,000 lines and then name one
 * café in Windows-1252, and a byte scan costs a fraction of the parse.
 */
final class EncodingDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset DOS_850 = Charset.forName("IBM850");

    private EncodingDetector() {}

    static TextEncoding detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n = in.readNBytes(buffer, 0, buffer.length);
            if (n >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
                return new TextEncoding(StandardCharsets.UTF_8, "UTF-8 with BOM", 3);
            }
            if (n >= 2 && (buffer[0] & 0xff) == 0xFF && (buffer[1] & 0xff) == 0xFE) {
                return new TextEncoding(StandardCharsets.UTF_16LE, "UTF-16LE with BOM", 2);
            }
            if (n >= 2 && (buffer[0] & 0xff) == 0xFE && (buffer[1] & 0xff) == 0xFF) {
                return new TextEncoding(StandardCharsets.UTF_16BE, "UTF-16BE with BOM", 2);
            }
            Scan scan = new Scan();
            while (n > 0) {
                scan.bytes(buffer, n);
                n = in.readNBytes(buffer, 0, buffer.length);
            }
            return scan.verdict();
        }
    }

    /** Checks UTF-8 validity across buffers and counts the two candidate pound-sign bytes. */
    private static final class Scan {
        private static final VarHandle LONGS =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long HIGH_BITS = 0x8080808080808080L;
        private int continuation;
        private boolean validUtf8 = true;
        private long pound1252;
        private long pound850;

        void bytes(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                if (continuation == 0) {
                    // eight ASCII bytes at a time: almost every byte of a spend file is ASCII
                    while (i + Long.BYTES <= length && ((long) LONGS.get(buffer, i) & HIGH_BITS) == 0) {
                        i += Long.BYTES;
                    }
                    if (i == length) {
                        return;
                    }
                }
                int b = buffer[i];
                if (b >= 0 && continuation == 0) {
                    continue;
                }
                b &= 0xff;
                if (b == 0xA3) {
                    pound1252++;
                } else if (b == 0x9C) {
                    pound850++;
                }
                if (!validUtf8) {
                    continue;
                }
                if (continuation > 0) {
                    if ((b & 0xC0) != 0x80) {
                        validUtf8 = false;
                    }
                    continuation--;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    continuation = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    continuation = 2;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    continuation = 3;
                } else {
                    validUtf8 = false;
                }
            }
        }

        TextEncoding verdict() {
            if (validUtf8 && continuation == 0) {
                return new TextEncoding(StandardCharsets.UTF_8, "UTF-8", 0);
            }
            // In Windows-1252 0x9C is "œ", which English spend data never needs; in DOS code pages it is "£".
            if (pound850 > pound1252) {
                return new TextEncoding(DOS_850, "IBM850", 0);
            }
            return new TextEncoding(WINDOWS_1252, "windows-1252", 0);
        }
    }
}
