package org.socialvaluehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module rules and writes the module diagrams into {@code docs/modules}. The documenter
 * lists components and relations in no fixed order, so each run of them is sorted: the files change
 * only when the modules do.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SocialValueHubApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /**
     * Without a declaration a module may use any other module's API; with one, {@link
     * #modulesOnlyUseEachOthersPublicApi}
     * fails on every edge the declaration does not name, so a new dependency is a decision, not an accident.
     */
    @Test
    void everyModuleDeclaresTheModulesItMayUse() {
        List<String> undeclared = modules.stream()
                .filter(module -> {
                    Package base = packageOf(module.getBasePackage().getName());
                    ApplicationModule declaration = base == null ? null : base.getAnnotation(ApplicationModule.class);
                    return declaration == null
                            || Arrays.asList(declaration.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN);
                })
                .map(module -> module.getIdentifier().toString())
                .toList();
        assertThat(undeclared)
                .as("modules whose package-info has no @ApplicationModule(allowedDependencies = ...)")
                .isEmpty();
    }

    private static Package packageOf(String name) {
        try {
            return Class.forName(name + ".package-info").getPackage();
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    @Test
    void writesModuleDiagramIntoDocs() throws IOException {
        Path folder = Path.of("docs/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().matches(".*\\.(puml|adoc)")).toList()) {
                Files.write(file, sortRuns(Files.readAllLines(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Sorts each run of consecutive lines that declare a component or a relation (PlantUML), or that
     * list items in one table cell (AsciiDoc, where the cell's first item starts with {@code |}).
     */
    static List<String> sortRuns(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean cell = false;
        for (String line : lines) {
            boolean startsCell = line.startsWith("|* ");
            if (unordered(line) && !startsCell) {
                run.add(line);
                continue;
            }
            flush(run, cell, sorted);
            cell = startsCell;
            if (startsCell) {
                run.add(line.substring(1));
            } else {
                sorted.add(line);
            }
        }
        flush(run, cell, sorted);
        return sorted;
    }

    private static void flush(List<String> run, boolean cell, List<String> sorted) {
        run.sort(null);
        for (int i = 0; i < run.size(); i++) {
            sorted.add(i == 0 && cell ? "|" + run.get(i) : run.get(i));
        }
        run.clear();
    }

    private static boolean unordered(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") || trimmed.startsWith("Component(") || line.startsWith("* ");
    }
}
