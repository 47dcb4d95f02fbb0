package org.socialvaluehub.shared;

/**
 * A request whose values cannot be used (a quarter 9, a page past any list), refused with a 400 and the
 * message the bundle holds under {@code messageKey}; nothing has been changed when it is thrown.
 */
public class InvalidRequest extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidRequest(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
