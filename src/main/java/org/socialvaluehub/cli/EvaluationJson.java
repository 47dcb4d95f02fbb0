package org.socialvaluehub.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.evaluation.core.Alternative;
import org.socialvaluehub.evaluation.core.Criterion;
import org.socialvaluehub.evaluation.core.DecisionMatrix;
import org.socialvaluehub.evaluation.core.Direction;
import org.socialvaluehub.evaluation.core.InvalidDecisionMatrixException;
import org.socialvaluehub.evaluation.core.Scoring;
import org.socialvaluehub.evaluation.core.TopsisNormalisation;
import org.socialvaluehub.evaluation.core.Vikor;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the decision-matrix file of {@code ./svh evaluate} (the format of issue 7, point 8) into the scoring
 * core, walking the JSON tree by hand so every mistake is reported in the file's own terms.
 */
final class EvaluationJson {

    /** Comments are allowed so the annotated example in the issue can be used as it stands. */
    static final JsonMapper MAPPER =
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private EvaluationJson() {}

    static EvaluationRequest read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidDecisionMatrixException("the file is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidDecisionMatrixException(
                    "the file must hold one JSON object with method, criteria and" + " alternatives");
        }
        EvaluationRequest.Method method = EvaluationRequest.Method.fromLabel(text(root, "method", "the file"));
        TopsisNormalisation normalisation = root.has("topsisNormalisation")
                ? TopsisNormalisation.fromLabel(text(root, "topsisNormalisation", "the file"))
                : TopsisNormalisation.VECTOR;
        double vikorV = root.has("vikorV") ? number(root.get("vikorV"), "vikorV") : Vikor.DEFAULT_V;
        Double contractValue = root.has("contractValue") ? number(root.get("contractValue"), "contractValue") : null;
        List<Criterion> criteria = new ArrayList<>();
        for (JsonNode node : array(root, "criteria")) {
            criteria.add(criterion(node, contractValue));
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (JsonNode node : array(root, "alternatives")) {
            alternatives.add(alternative(node));
        }
        return new EvaluationRequest(method, normalisation, vikorV, DecisionMatrix.of(criteria, alternatives));
    }

    private static Criterion criterion(JsonNode node, Double contractValue) {
        String id = text(node, "id", "a criterion");
        String where = "criterion '" + id + "'";
        Direction direction = Direction.fromLabel(text(node, "direction", where), id);
        if (!node.has("weight")) {
            throw new InvalidDecisionMatrixException(where + " has no weight");
        }
        double weight = number(node.get("weight"), where + ": weight");
        Scoring scoring = null;
        if (node.hasNonNull("scoring")) {
            scoring = Scoring.named(
                    text(node, "scoring", where),
                    id,
                    new Scoring.Parameters(
                            optionalNumber(node, "scaleMax", where),
                            optionalNumber(node, "target", where),
                            contractValue));
        }
        return new Criterion(id, direction, weight, scoring);
    }

    private static Alternative alternative(JsonNode node) {
        String id = text(node, "id", "an alternative");
        JsonNode values = node.get("values");
        if (values == null || !values.isObject()) {
            throw new InvalidDecisionMatrixException(
                    "alternative '" + id + "' needs values: an object of numbers" + " keyed by criterion id");
        }
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : values.properties()) {
            JsonNode value = entry.getValue();
            numbers.put(
                    entry.getKey(),
                    value.isNull()
                            ? null
                            : number(value, "alternative '" + id + "': the value for '" + entry.getKey() + "'"));
        }
        return new Alternative(id, numbers);
    }

    private static List<JsonNode> array(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isArray()) {
            throw new InvalidDecisionMatrixException("the file needs " + field + ": a list");
        }
        List<JsonNode> items = new ArrayList<>(node.values());
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw new InvalidDecisionMatrixException("every entry of " + field + " must be an object");
            }
        }
        return items;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new InvalidDecisionMatrixException(where + " needs " + field + " as text");
        }
        return value.stringValue();
    }

    private static Double optionalNumber(JsonNode node, String field, String where) {
        return node.hasNonNull(field) ? number(node.get(field), where + ": " + field) : null;
    }

    private static double number(JsonNode value, String what) {
        if (!value.isNumber()) {
            throw new InvalidDecisionMatrixException(what + " must be a number, not " + value);
        }
        return value.doubleValue();
    }
}
