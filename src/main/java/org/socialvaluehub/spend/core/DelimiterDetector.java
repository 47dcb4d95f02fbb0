package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Finds the character that separates the cells of a text spend file: comma, semicolon, tab or bar. */
final class DelimiterDetector {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_BYTES = 1 << 16;
    private static final int SAMPLE_LINES = 60;

    private DelimiterDetector() {}

    /** The delimiter, or 0 when no candidate splits the lines consistently. */
    static char detect(Path file, TextEncoding encoding) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            bytes = in.readNBytes(SAMPLE_BYTES);
        }
        CharsetDecoder decoder = encoding.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer text = decoder.decode(ByteBuffer.wrap(bytes));
        return choose(text);
    }

    static char choose(CharSequence text) {
        int[][] counts = new int[CANDIDATES.length][SAMPLE_LINES];
        int lines = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < text.length() && lines < SAMPLE_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (content) {
                    lines++;
                }
                content = false;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k][lines]++;
                    }
                }
                content |= c > ' ';
            }
        }
        if (content && lines < SAMPLE_LINES) {
            lines++;
        }
        char best = 0;
        int bestAgreeing = 0;
        int bestCount = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            Map<Integer, Integer> frequency = new HashMap<>();
            for (int line = 0; line < lines; line++) {
                if (counts[k][line] > 0) {
                    frequency.merge(counts[k][line], 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
                int agreeing = entry.getValue();
                int count = entry.getKey();
                if (agreeing > bestAgreeing || agreeing == bestAgreeing && count > bestCount) {
                    best = CANDIDATES[k];
                    bestAgreeing = agreeing;
                    bestCount = count;
                }
            }
        }
        return best;
    }
}
