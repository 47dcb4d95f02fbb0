package org.socialvaluehub.platform;

import java.nio.file.Path;

/** Another copy of the app already holds the embedded database's data folder. */
class EmbeddedDatabaseInUseException extends RuntimeException {

    private final Path directory;

    EmbeddedDatabaseInUseException(Path directory, Throwable cause) {
        super(
                "The embedded database in " + directory + " is already in use by another copy of Social Value Hub",
                cause);
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }
}
