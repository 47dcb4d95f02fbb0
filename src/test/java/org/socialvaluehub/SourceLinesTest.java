package org.socialvaluehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Java source reads without scrolling and names JDK types as imported: no line over 120 characters, and no
 * {@code java.}/{@code javax.} qualified name written inline outside import and package lines (or comments). Folders
 * and files not yet swept are listed in {@code src/test/resources/source-lines-not-yet-swept.txt}; sweep one, then
 * take it off the list.
 */
class SourceLinesTest {

    static final int WIDEST = 120;
    static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));
    static final Path NOT_YET_SWEPT = Path.of("src/test/resources/source-lines-not-yet-swept.txt");
    private static final Pattern INLINE_JDK_NAME =
            Pattern.compile("(?<![\\w.])(?:java|javax)\\.(?:" + "[a-z_]\\w*\\.)+[A-Z]");

    @Test
    void everySweptSourceLineIsShortAndNamesJdkTypesByImport() throws IOException {
        List<String> notYetSwept = notYetSwept();
        List<String> problems = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .sorted()
                        .toList()) {
                    String name = file.toString().replace('\\', '/');
                    if (notYetSwept.stream().noneMatch(name::startsWith)) {
                        problems.addAll(problems(name, Files.readAllLines(file, StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aLineOverOneHundredAndTwentyCharactersIsReportedWithItsPlace() {
        assertThat(problems("A.java", List.of("x".repeat(120), "y".repeat(121))))
                .containsExactly("A.java:2 is 121 characters long; the most is 120");
    }

    /** Split so that this file's own lines hold no inline name. */
    private static final String JAVA = "java";

    @Test
    void anInlineJdkNameIsReportedButImportsPackagesAndCommentsAreNot() {
        assertThat(problems(
                        "B.java",
                        List.of(
                                "package org.example;",
                                "import " + JAVA + ".util.List;",
                                "    /** Like {@link " + JAVA + ".util.List}. */",
                                "    // " + JAVA + ".time.Instant would do",
                                "    List<String> names = new " + JAVA + ".util.ArrayList<>();",
                                "    String packages = \"java.sql..\";",
                                "    " + JAVA + "x.sql.DataSource source;")))
                .containsExactly(
                        "B.java:5 writes a JDK name inline (" + JAVA + ".util.A…): import it",
                        "B.java:7 writes a JDK name inline (" + JAVA + "x.sql.D…): import it");
    }

    static List<String> problems(String file, List<String> lines) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String code = line.strip();
            if (line.length() > WIDEST) {
                problems.add(file + ":" + (i + 1) + " is " + line.length() + " characters long; the most is " + WIDEST);
            }
            var inline = INLINE_JDK_NAME.matcher(line);
            if (!code.startsWith("import ")
                    && !code.startsWith("package ")
                    && !code.startsWith("*")
                    && !code.startsWith("/*")
                    && !code.startsWith("//")
                    && inline.find()) {
                problems.add(file + ":" + (i + 1) + " writes a JDK name inline (" + inline.group() + "…): import it");
            }
        }
        return problems;
    }

    /** The folders (ending in /) and files still to sweep, as paths from the project folder. */
    private static List<String> notYetSwept() throws IOException {
        return Files.readAllLines(NOT_YET_SWEPT, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty() && !entry.startsWith("#"))
                .toList();
    }
}
