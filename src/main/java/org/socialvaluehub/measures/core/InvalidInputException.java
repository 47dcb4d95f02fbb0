package org.socialvaluehub.measures.core;

import java.util.List;
import java.util.stream.Collectors;

/** Refuses input that breaks the framework's rules, carrying every problem found, not just the first. */
public class InvalidInputException extends IllegalArgumentException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
