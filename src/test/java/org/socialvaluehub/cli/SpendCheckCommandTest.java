package org.socialvaluehub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SpendCheckCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneJsonObjectPerFileWithExactlyTheAgreedFields() throws Exception {
        int exit = run("spend", "check", "--json", sample("bad-rows.csv"), sample("real/tfl-2023-p05.csv"));

        assertThat(exit).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(fieldNames(first))
                .containsExactly(
                        "file",
                        "encoding",
                        "delimiter",
                        "headerRow",
                        "columnMapping",
                        "rowsRead",
                        "rowsAccepted",
                        "rowsRejected",
                        "amountTotal",
                        "acceptedTotal",
                        "dateRange",
                        "rejected");
        assertThat(first.get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(first.get("delimiter").asString()).isEqualTo(",");
        assertThat(first.get("headerRow").asInt()).isEqualTo(1);
        assertThat(first.get("columnMapping")
                        .get("columns")
                        .get("amount")
                        .get("column")
                        .asInt())
                .isEqualTo(3);
        assertThat(first.get("rowsRead").asInt()).isEqualTo(7);
        assertThat(first.get("rowsRejected").asInt()).isEqualTo(5);
        assertThat(first.get("amountTotal").asString()).isEqualTo("612.50");
        assertThat(first.get("acceptedTotal").asString()).isEqualTo("112.50");
        assertThat(first.get("dateRange").get("from").asString()).isEqualTo("2024-05-01");
        assertThat(first.get("rejected").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(first.get("rejected").get(0).get("reason").asString())
                .isEqualTo("The date “31/02/2024” is not a date");
        JsonNode second = JsonMapper.builder().build().readTree(lines.get(1));
        assertThat(second.get("amountTotal").asString()).isEqualTo("482617614.64");
    }

    @Test
    void printsReadableReportWithoutJsonFlag() {
        int exit = run("spend", "check", sample("preamble-semicolon.csv"));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "delimiter ';'",
                        "header      line 5",
                        "4 read, 3 accepted, 1 rejected",
                        "£4,191.56 in all rows",
                        "line 10: A total line, not a payment");
    }

    @Test
    void exitsWithTwoWhenAFileIsNotATable() throws Exception {
        int exit = run("spend", "check", "--json", sample("utf8-bom.csv"), sample("not-a-table.csv"));

        assertThat(exit).isEqualTo(2);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode failure = JsonMapper.builder().build().readTree(lines.get(1));
        assertThat(failure.get("error").asString()).isEqualTo("NOT_A_TABLE");
        assertThat(failure.get("message").asString()).contains("PDF");
    }

    @Test
    void exitsWithTwoWhenAFileIsMissing() {
        assertThat(run("spend", "check", "no-such-file.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-file.csv: cannot be read (missing)");
    }

    @Test
    void printsUsageAndExitsWith64WithoutFiles() {
        assertThat(run("spend", "check", "--json")).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ./svh spend check [--json] FILE...");
    }

    @Test
    void printsUsageAndExitsWith64ForUnknownOption() {
        assertThat(run("spend", "check", "--xml", "a.csv")).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: --xml");
    }

    @Test
    void isListedInTheHelp() {
        run("help");

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("spend check [--json] FILE...");
    }

    private int run(String... args) {
        return CommandLine.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String sample(String name) {
        try {
            return Path.of(SpendCheckCommandTest.class
                            .getResource("/spend/" + name)
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
