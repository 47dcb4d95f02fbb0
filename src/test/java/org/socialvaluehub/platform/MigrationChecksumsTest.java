package org.socialvaluehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration once applied never changes: every migration file's SHA-256 is held in a committed list, and an
 * edited, removed or unlisted file (or one numbered below a listed one) fails the build with what to do instead.
 */
class MigrationChecksumsTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path LIST = Path.of("src/test/resources/db/migration-checksums.txt");

    @Test
    void everyMigrationFileMatchesTheCommittedList() throws IOException {
        assertThat(problems(listed(), actual())).isEmpty();
    }

    @Test
    void anEditedMigrationIsRefusedWithAdviceToAddANewOne() {
        assertThat(problems(
                        Map.of("V1__a.sql", "aaa", "V2__b.sql", "bbb"), Map.of("V1__a.sql", "aaa", "V2__b.sql", "ccc")))
                .containsExactly("V2__b.sql has changed since it was listed. Never edit an applied migration; put it"
                        + " back as it was and add a new one numbered V3.");
    }

    @Test
    void aMigrationMissingFromTheListGivesTheLineToAdd() {
        assertThat(problems(Map.of("V1__a.sql", "aaa"), Map.of("V1__a.sql", "aaa", "V2__b.sql", "bbb")))
                .containsExactly("V2__b.sql is not in " + LIST + ": add the line \"V2__b.sql bbb\".");
    }

    @Test
    void aNewMigrationNumberedBelowTheHighestIsRefused() {
        assertThat(problems(Map.of("V5__a.sql", "aaa"), Map.of("V5__a.sql", "aaa", "V4__b.sql", "bbb")))
                .contains("V4__b.sql is numbered below V5, the highest migration already listed: number it V6 so"
                        + " migrations run in the order they were written.");
    }

    @Test
    void aRemovedMigrationIsRefused() {
        assertThat(problems(Map.of("V1__a.sql", "aaa", "V2__b.sql", "bbb"), Map.of("V1__a.sql", "aaa")))
                .containsExactly("V2__b.sql is listed but its file is gone: an applied migration is never removed.");
    }

    static List<String> problems(Map<String, String> listed, Map<String, String> actual) {
        List<String> problems = new ArrayList<>();
        int highestListed = listed.keySet().stream()
                .mapToInt(MigrationChecksumsTest::version)
                .max()
                .orElse(0);
        int next = Math.max(
                        highestListed,
                        actual.keySet().stream()
                                .mapToInt(MigrationChecksumsTest::version)
                                .max()
                                .orElse(0))
                + 1;
        new TreeMap<>(listed).forEach((file, checksum) -> {
            if (!actual.containsKey(file)) {
                problems.add(file + " is listed but its file is gone: an applied migration is never removed.");
            } else if (!actual.get(file).equals(checksum)) {
                problems.add(file + " has changed since it was listed. Never edit an applied migration; put it back as"
                        + " it was and add a new one numbered V" + next + ".");
            }
        });
        new TreeMap<>(actual).forEach((file, checksum) -> {
            if (!listed.containsKey(file)) {
                if (version(file) < highestListed) {
                    problems.add(
                            file + " is numbered below V" + highestListed + ", the highest migration already listed:"
                                    + " number it V" + next + " so migrations run in the order they were written.");
                }
                problems.add(file + " is not in " + LIST + ": add the line \"" + file + " " + checksum + "\".");
            }
        });
        return problems;
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }

    private static Map<String, String> listed() throws IOException {
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                listed.put(parts[0], parts[1]);
            }
        }
        return listed;
    }

    private static Map<String, String> actual() throws IOException {
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql"))
                    .toList()) {
                actual.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return actual;
    }

    /** SHA-256 of the file with Windows line endings read as Unix ones, so a checkout with autocrlf still matches. */
    static String sha256(byte[] bytes) {
        try {
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
