package org.socialvaluehub.evaluation.common;

import java.time.Instant;
import org.socialvaluehub.shared.PlainDates;
import org.springframework.http.HttpStatus;

/**
 * A step the evaluation's rules do not allow now (sealed bids, a fixed model, a frozen bid), refused
 * with a message for the person and a status; nothing has changed.
 */
public class Refused extends RuntimeException {

    private final String messageKey;
    private final HttpStatus status;
    private final transient Object argument;

    public Refused(HttpStatus status, String messageKey, Object argument) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.argument = argument;
    }

    /** Bids cannot be read before the deadline, by anyone. */
    public static Refused sealed(Instant deadline) {
        return new Refused(HttpStatus.FORBIDDEN, "evaluation.refused.sealed", PlainDates.dateTime(deadline));
    }

    public static Refused conflict(String messageKey) {
        return new Refused(HttpStatus.CONFLICT, messageKey, null);
    }

    public static Refused forbidden(String messageKey) {
        return new Refused(HttpStatus.FORBIDDEN, messageKey, null);
    }

    public String messageKey() {
        return messageKey;
    }

    public HttpStatus status() {
        return status;
    }

    public Object argument() {
        return argument;
    }
}
