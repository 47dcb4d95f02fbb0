package org.socialvaluehub.measures.core;

/** One thing wrong with some input, naming the field (as in the framework CSV header) so people can fix it. */
public record Problem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
