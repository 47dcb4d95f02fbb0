package org.socialvaluehub.shared;

/**
 * How long free text may be, the same on every form: the forms' hints state these numbers and the server checks
 * them with {@link Title} and {@link LongText}, so a pasted novel is refused with a message, not stored.
 */
public final class TextLimits {

    /** Titles, subjects and names of things: one line. */
    public static final int TITLE = 200;
    /** Descriptions, answers, questions and messages. */
    public static final int LONG_TEXT = 10_000;

    private TextLimits() {}
}
