package org.socialvaluehub.measures.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Test fixtures: a small framework and the shipped default one. */
final class Frameworks {

    private Frameworks() {}

    static Framework aSmallFramework() {
        return new Framework(
                List.of(new Theme("JS", "Jobs and skills")),
                List.of(new Outcome(
                        "JS1",
                        "JS",
                        "More local jobs",
                        List.of("PPN 002 mission: Kickstart economic growth"),
                        List.of(8))),
                List.of(
                        new Measure(
                                "JS01",
                                "JS1",
                                "Local hires",
                                "People hired",
                                Unit.PEOPLE,
                                "Count once",
                                "Starter list"),
                        new Measure("JS02", "JS1", "Training hours", "Hours", Unit.HOURS, "", "")),
                Map.of("JS01", ProxyValues.aPlainValue("100")));
    }

    static byte[] shippedCsv() {
        try (var in = Frameworks.class.getResourceAsStream("/measures/oxfordshire-default-framework.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
