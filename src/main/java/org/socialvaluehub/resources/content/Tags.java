package org.socialvaluehub.resources.content;

import java.util.List;

/** The tag values a resource may carry: the roles, journey stages and framework themes. */
public final class Tags {

    public static final List<String> ROLES = List.of("BUYER", "SUPPLIER");
    public static final List<String> STAGES = List.of("STARTING", "DEVELOPING", "ESTABLISHED", "LEADING");
    /** The framework's theme codes, kept as plain text until the framework module offers them. */
    public static final List<String> THEMES = List.of("JS", "LE", "CW", "EC", "IN");

    private Tags() {}

    static List<String> only(List<String> values, List<String> allowed) {
        return values == null
                ? List.of()
                : values.stream().filter(allowed::contains).distinct().toList();
    }
}
