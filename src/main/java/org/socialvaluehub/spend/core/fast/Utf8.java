package org.socialvaluehub.spend.core.fast;

/**
 * Text written as UTF-8 straight into a byte buffer, with the same bytes {@code String.getBytes(UTF_8)} gives (a lone
 * surrogate becomes {@code ?}) but no array per string.
 */
public final class Utf8 {

    private Utf8() {}

    /** The most bytes a text of this many characters can take. */
    public static int most(int chars) {
        return 3 * chars;
    }

    /**
     * Writes the text at {@code at}, which must leave {@link #most} bytes of room, and returns where it ended.
     *
     * @param dropNul leave out NUL characters (PostgreSQL text cannot hold them)
     */
    public static int write(String text, byte[] out, int at, boolean dropNul) {
        int end = at;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c != 0 || !dropNul) {
                    out[end++] = (byte) c;
                }
            } else if (c < 0x800) {
                out[end++] = (byte) (0xC0 | c >> 6);
                out[end++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                out[end++] = (byte) (0xF0 | code >> 18);
                out[end++] = (byte) (0x80 | code >> 12 & 0x3F);
                out[end++] = (byte) (0x80 | code >> 6 & 0x3F);
                out[end++] = (byte) (0x80 | code & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[end++] = '?';
            } else {
                out[end++] = (byte) (0xE0 | c >> 12);
                out[end++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[end++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return end;
    }
}
