package org.socialvaluehub.evaluation.bids;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of file a supplier may attach to an answer, each known by its name's ending and by the first
 * bytes of its content, so a renamed program or archive is refused whatever it is called.
 */
final class AnswerFileTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    /** Office Open XML and OpenDocument files are ZIP archives. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** Word 97–2003 and Excel 97–2003 files are OLE compound documents. */
    private static final byte[] OLE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};

    private static final Map<String, byte[]> SIGNATURES = Map.ofEntries(
            Map.entry("pdf", PDF),
            Map.entry("docx", ZIP),
            Map.entry("xlsx", ZIP),
            Map.entry("odt", ZIP),
            Map.entry("ods", ZIP),
            Map.entry("odp", ZIP),
            Map.entry("doc", OLE),
            Map.entry("xls", OLE),
            Map.entry("png", PNG),
            Map.entry("jpg", JPEG),
            Map.entry("jpeg", JPEG),
            Map.entry("gif", GIF));

    private AnswerFileTypes() {}

    /** Whether the name has an accepted ending and the content starts as that kind of file does. */
    static boolean accepted(String filename, byte[] content) {
        String extension = extension(filename);
        if (extension.equals("txt")) {
            return plainText(content);
        }
        byte[] signature = SIGNATURES.get(extension);
        return signature != null
                && content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /** Plain text is UTF-8 (ASCII included) without control bytes other than tabs and line ends. */
    private static boolean plainText(byte[] content) {
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String extension(String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.UK);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    }
}
