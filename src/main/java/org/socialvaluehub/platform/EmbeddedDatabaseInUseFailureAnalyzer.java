package org.socialvaluehub.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked embedded data folder into a plain message instead of a stack trace. */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
        return new FailureAnalysis(
                "Another copy of Social Value Hub is already running on the data folder " + cause.directory()
                        + ". Two copies on one embedded database would corrupt it, so this one stopped.",
                "Stop the other copy first, or start this one on another folder with"
                        + " --svh.embedded-database.data-directory=PATH, or point both at a shared PostgreSQL"
                        + " with SPRING_DATASOURCE_URL.",
                cause);
    }
}
