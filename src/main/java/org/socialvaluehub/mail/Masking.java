package org.socialvaluehub.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides what would let a reader act as someone else: the token in a one-time link (reset, first sign-in,
 * invitation, unsubscribe), and, in logs, the person's e-mail address.
 */
public final class Masking {

    static final String HIDDEN = "[hidden]";

    private static final Pattern URL = Pattern.compile("(https?://[^/\\s]+)(/\\S*)");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,}");
    private static final Pattern EMAIL = Pattern.compile("([^@\\s<>\"']{1})[^@\\s<>\"']*@([^@\\s<>\"']+)");

    private Masking() {}

    /** The text with every long token in a link's path or query replaced, so no link in it still works. */
    public static String links(String text) {
        if (text == null) {
            return null;
        }
        Matcher url = URL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (url.find()) {
            String path = TOKEN.matcher(url.group(2)).replaceAll(HIDDEN);
            url.appendReplacement(out, Matcher.quoteReplacement(url.group(1) + path));
        }
        url.appendTail(out);
        return out.toString();
    }

    /** An e-mail address as a log may show it: {@code j***@council.example}. */
    public static String address(String email) {
        return email == null ? null : EMAIL.matcher(email).replaceAll("$1***@$2");
    }

    /** Free text (an SMTP error, say) with its links and addresses masked. */
    public static String text(String text) {
        return address(links(text));
    }
}
