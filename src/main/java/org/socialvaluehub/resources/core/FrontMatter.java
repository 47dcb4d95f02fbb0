package org.socialvaluehub.resources.core;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A starter file: {@code key: value} lines between two {@code ---} lines, then the Markdown body.
 * Lists are comma-separated values.
 */
public record FrontMatter(Map<String, String> fields, String body) {

    public static FrontMatter parse(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            throw new IllegalArgumentException("A starter file must begin with a --- line");
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new IllegalArgumentException("The front matter has no closing --- line");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : normalised.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (line.isBlank() || colon < 1) {
                continue;
            }
            fields.put(
                    line.substring(0, colon).strip(),
                    unquoted(line.substring(colon + 1).strip()));
        }
        return new FrontMatter(Map.copyOf(fields), normalised.substring(end + 5).strip() + "\n");
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    public String get(String key) {
        return fields.getOrDefault(key, "");
    }

    public List<String> list(String key) {
        return Arrays.stream(get(key).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
