package org.socialvaluehub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scoresTheIssueExampleAsJsonBestFirst() {
        // A = 0.728, B = 0.84, C = 0.70667 (worked by hand in WeightedSumTest)
        assertThat(run("--json", sample("weighted-sum.json"))).isZero();

        JsonNode json = JsonMapper.shared().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("method").stringValue()).isEqualTo("weighted-sum");
        assertThat(json.get("results").values())
                .extracting(r -> r.get("id").stringValue())
                .containsExactly("B", "A", "C");
        assertThat(json.get("results").get(0).get("score").doubleValue()).isCloseTo(0.84, within(1e-9));
        assertThat(json.get("results").get(1).get("score").doubleValue()).isCloseTo(0.728, within(1e-9));
        assertThat(json.get("results").get(2).get("score").doubleValue()).isCloseTo(2.12 / 3, within(1e-6));
        // Full precision, not rounded to four places (0.7067) as the table shows it.
        assertThat(json.get("results").get(2).get("score").doubleValue()).isNotEqualTo(0.7067);
        assertThat(json.get("results").values())
                .extracting(r -> r.get("rank").intValue())
                .containsExactly(1, 2, 3);
        assertThat(json.get("results")
                        .get(1)
                        .get("contributions")
                        .get("quality")
                        .doubleValue())
                .isCloseTo(0.288, within(1e-12));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void scoresCommitmentsAgainstATargetPerMillionAndMonetisedValue() {
        // weights 60/25/15 → 0.6/0.25/0.15; price 2.4m/2.5m = 0.96; 2 per £1m × £2.5m = 5 expected, 3/5 = 0.6
        // and 6/5 capped to 1; £180k/£240k = 0.75. Oxford Builders 0.6 + 0.15 + 0.1125 = 0.8625,
        // Cherwell Co-op 0.576 + 0.25 + 0.15 = 0.976.
        assertThat(run("--json", sample("target-per-million.json"))).isZero();

        JsonNode results = JsonMapper.shared()
                .readTree(out.toString(StandardCharsets.UTF_8))
                .get("results");
        assertThat(results.get(0).get("id").stringValue()).isEqualTo("Cherwell Co-op");
        assertThat(results.get(0).get("score").doubleValue()).isCloseTo(0.976, within(1e-12));
        assertThat(results.get(1).get("score").doubleValue()).isCloseTo(0.8625, within(1e-12));
    }

    @Test
    void reportsTopsisClosenessAndVikorQWithSAndR() {
        assertThat(run("--json", sample("topsis.json"))).isZero();
        JsonNode topsis = JsonMapper.shared().readTree(out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertThat(run("--json", sample("vikor.json"))).isZero();
        JsonNode vikor = JsonMapper.shared().readTree(out.toString(StandardCharsets.UTF_8));

        assertThat(topsis.get("results").get(0).get("id").stringValue()).isEqualTo("A1");
        // Opricovic and Tzeng (2004), Table 3: TOPSIS closeness of A1 0.762 (TopsisTest reproduces the rest).
        assertThat(topsis.get("results").get(0).get("score").doubleValue())
                .isCloseTo(0.762, within(0.0005))
                .isNotEqualTo(0.7621);
        JsonNode best = vikor.get("results").get(0);
        assertThat(best.get("id").stringValue()).isEqualTo("A2");
        assertThat(best.get("score").doubleValue()).isZero();
        assertThat(best.get("S").doubleValue()).isCloseTo(0.375, within(1e-12));
        assertThat(best.get("R").doubleValue()).isCloseTo(0.25, within(1e-12));
        assertThat(vikor.get("results").values())
                .extracting(r -> r.get("rank").intValue())
                .containsExactly(1, 2, 2);
        assertThat(vikor.get("acceptableAdvantage").booleanValue()).isTrue();
    }

    @Test
    void printsAReadableTableWithoutJsonOption() {
        assertThat(run(sample("weighted-sum.json"))).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Rank  Alternative     Score")
                .contains("1     B              0.8400")
                .contains("3     C              0.7067");
    }

    @Test
    void badInputExitsTwoWithAMessageNamingTheProblem() {
        assertBadInput("negative-weight.json", "criterion 'apprentices' has a negative weight (-0.2)");
        assertBadInput("missing-value.json", "alternative 'B' has no value for criterion 'quality'");
        assertBadInput("unknown-method.json", "unknown method 'electre'; use weighted-sum, topsis or vikor");
        assertBadInput("unknown-scoring.json", "criterion 'apprentices': unknown scoring 'relative-to-best'");
        assertBadInput("not-json.json", "the file is not valid JSON");
        assertBadInput("no-such-file.json", "no such file");
    }

    @Test
    void wrongUsageShowsUsageAndExitsSixtyFour() {
        assertThat(run()).isEqualTo(64);
        assertThat(run("--json")).isEqualTo(64);
        assertThat(run("a.json", "b.json")).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ./svh evaluate [--json] FILE");
    }

    private void assertBadInput(String file, String message) {
        err.reset();
        assertThat(run("--json", sample(file))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
    }

    private int run(String... args) {
        List<String> command = new ArrayList<>(List.of("evaluate"));
        command.addAll(List.of(args));
        return CommandLine.run(
                command,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String sample(String name) {
        return Path.of("src/test/resources/evaluation", name).toString();
    }
}
