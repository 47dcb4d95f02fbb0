package org.socialvaluehub.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.evaluation.core.Contribution;
import org.socialvaluehub.evaluation.core.TopsisResult;
import org.socialvaluehub.evaluation.core.VikorResult;
import org.socialvaluehub.evaluation.core.WeightedSumResult;

/**
 * Writes the results of {@code ./svh evaluate} best first: as JSON with every score at full precision (so results can
 * be compared with published ones), or as a table for people with scores to four decimals.
 */
final class EvaluationOutput {

    private final Map<String, Object> document = new LinkedHashMap<>();
    private final List<Map<String, Object>> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    static EvaluationOutput of(WeightedSumResult result) {
        EvaluationOutput output = new EvaluationOutput("weighted-sum");
        for (WeightedSumResult.Row row : result.rows()) {
            Map<String, Object> contributions = new LinkedHashMap<>();
            for (Contribution contribution : row.contributions()) {
                contributions.put(contribution.criterionId(), contribution.points());
            }
            output.result(row.id(), row.score(), row.rank()).put("contributions", contributions);
        }
        output.notes.add("score: weighted total from 0 to 1, higher is better");
        return output;
    }

    static EvaluationOutput of(TopsisResult result) {
        EvaluationOutput output = new EvaluationOutput("topsis");
        output.document.put("topsisNormalisation", result.normalisation().label());
        result.rows().forEach(row -> output.result(row.id(), row.closeness(), row.rank()));
        output.notes.add("score: TOPSIS closeness coefficient ("
                + result.normalisation().label() + " normalisation), higher is better");
        return output;
    }

    static EvaluationOutput of(VikorResult result) {
        EvaluationOutput output = new EvaluationOutput("vikor");
        output.document.put("vikorV", result.v());
        output.document.put("acceptableAdvantage", result.acceptableAdvantage());
        output.document.put("acceptableStability", result.acceptableStability());
        output.document.put("compromiseSet", result.compromiseSet());
        for (VikorResult.Row row : result.rows()) {
            Map<String, Object> entry = output.result(row.id(), row.q(), row.rank());
            entry.put("S", row.s());
            entry.put("R", row.r());
        }
        output.notes.add("score: VIKOR Q, lower is better (v = " + result.v() + ")");
        output.notes.add("acceptable advantage: " + yesNo(result.acceptableAdvantage()) + "; acceptable stability: "
                + yesNo(result.acceptableStability()) + "; compromise solution: "
                + String.join(", ", result.compromiseSet()));
        return output;
    }

    private EvaluationOutput(String method) {
        document.put("method", method);
    }

    private Map<String, Object> result(String id, double score, int rank) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("score", score);
        entry.put("rank", rank);
        results.add(entry);
        return entry;
    }

    void printJson(PrintStream out) {
        Map<String, Object> json = new LinkedHashMap<>(document);
        json.put("results", results);
        out.println(EvaluationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    void printTable(PrintStream out) {
        boolean vikor = document.get("method").equals("vikor");
        int width = Math.max(
                "Alternative".length(),
                results.stream()
                        .mapToInt(entry -> entry.get("id").toString().length())
                        .max()
                        .orElse(0));
        String format = "%-4s  %-" + width + "s  %8s" + (vikor ? "  %8s  %8s" : "%s%s") + "%n";
        out.printf("Method: %s%n%n", document.get("method"));
        out.printf(format, "Rank", "Alternative", vikor ? "Q" : "Score", vikor ? "S" : "", vikor ? "R" : "");
        for (Map<String, Object> entry : results) {
            out.printf(
                    format,
                    entry.get("rank"),
                    entry.get("id"),
                    fourPlaces(entry.get("score")),
                    vikor ? fourPlaces(entry.get("S")) : "",
                    vikor ? fourPlaces(entry.get("R")) : "");
        }
        out.println();
        notes.forEach(out::println);
    }

    private static String fourPlaces(Object value) {
        return String.format("%.4f", (Double) value);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
