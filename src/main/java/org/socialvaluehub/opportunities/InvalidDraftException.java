package org.socialvaluehub.opportunities;

import java.util.List;

/** Refuses to save a draft with problems (each a field and the message key saying what is wrong). */
class InvalidDraftException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidDraftException(List<Problem> problems) {
        super("Invalid opportunity: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: the field, the message key and its arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {}
}
