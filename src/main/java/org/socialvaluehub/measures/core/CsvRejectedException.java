package org.socialvaluehub.measures.core;

import java.util.List;
import java.util.stream.Collectors;

/** Refuses a whole CSV file, carrying every problem found in it, so nothing is changed until all are fixed. */
public class CsvRejectedException extends IllegalArgumentException {

    private final List<CsvProblem> problems;

    public CsvRejectedException(List<CsvProblem> problems) {
        super(problems.size() + " problem(s): "
                + problems.stream().limit(20).map(CsvProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
