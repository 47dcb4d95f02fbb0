package org.socialvaluehub.resources.content;

/** What someone looks for in the library: words to search and tags to narrow by; blanks mean any. */
public record ResourceFilter(String q, String kind, String role, String stage, String theme) {

    public ResourceFilter {
        q = blank(q);
        kind = blank(kind);
        role = blank(role);
        stage = blank(stage);
        theme = blank(theme);
    }

    public static ResourceFilter none() {
        return new ResourceFilter("", "", "", "", "");
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }
}
