package org.socialvaluehub.spend.core;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Finds the sample spend files under {@code src/test/resources/spend} and reads them for tests. */
public final class Samples {

    private Samples() {}

    static Path sample(String name) {
        try {
            return Path.of(Samples.class.getResource("/spend/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no sample spend file " + name, e);
        }
    }

    static SpendCheckReport check(Path file) throws SpendFileException {
        return new SpendCheck(new SpendFileReader()).check(file);
    }

    static SpendCheckReport check(String name) throws SpendFileException {
        return check(sample(name));
    }

    public static List<SpendRow> rows(Path file, ColumnMapping confirmed) throws SpendFileException {
        try (SpendFile spend = new SpendFileReader().open(file, confirmed)) {
            List<SpendRow> rows = new ArrayList<>();
            spend.forEachRow(rows::add);
            return rows;
        }
    }

    public static List<SpendRow> rows(String name) throws SpendFileException {
        return rows(sample(name), null);
    }

    static SpendRow row(String name, Predicate<SpendRow> which) throws SpendFileException {
        return rows(name).stream().filter(which).findFirst().orElseThrow();
    }
}
