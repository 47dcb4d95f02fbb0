package org.socialvaluehub.spend.core;

/** A spend file that cannot be read at all, with the kind of problem and a message for the person. */
public final class SpendFileException extends Exception {

    private final SpendFileProblem problem;

    public SpendFileException(SpendFileProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public SpendFileException(SpendFileProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public SpendFileProblem problem() {
        return problem;
    }
}
