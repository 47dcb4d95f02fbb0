package org.socialvaluehub.shared;

import java.util.List;

/**
 * URL patterns that accept a POST without the form token, because a secret in the URL itself
 * authorises the request and a forged page cannot know it: for example the one-click unsubscribe a
 * mail program sends (RFC 8058). A module declares them as a bean of this type; use sparingly.
 */
public record TokenPostPaths(List<String> patterns) {

    public static TokenPostPaths of(String... patterns) {
        return new TokenPostPaths(List.of(patterns));
    }
}
