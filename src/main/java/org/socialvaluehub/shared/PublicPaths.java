package org.socialvaluehub.shared;

import java.util.List;

/**
 * URL patterns a module serves to anyone, signed in or not; every other path needs a sign-in.
 * Each module that has public pages declares them as a bean of this type.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
