package org.socialvaluehub.opportunities;

/** An opportunity cannot open for bids yet: a message key saying why, with its argument; nothing has changed. */
public class OpeningRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object argument;

    public OpeningRefused(String messageKey, Object argument) {
        super(messageKey);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object argument() {
        return argument;
    }
}
