package org.socialvaluehub.accounts;

import java.net.URI;
import java.util.Optional;

/**
 * A place on this site to send someone back to after signing in or after an expired form; anything
 * that could lead to another site (a full address, {@code //host}, a backslash, a line break) is refused.
 */
final class LocalPath {

    private LocalPath() {}

    /** The path and query if {@code path} is a plain path on this site. */
    static Optional<String> of(String path) {
        if (path == null
                || !path.startsWith("/")
                || path.startsWith("//")
                || path.length() > 2000
                || path.chars().anyMatch(c -> c == '\\' || Character.isISOControl(c))) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The path and query of {@code referer} when it is an address on {@code host}. */
    static Optional<String> ofReferer(String referer, String host) {
        try {
            URI from = referer == null ? null : URI.create(referer);
            if (from == null || !host.equalsIgnoreCase(from.getHost()) || from.getRawPath() == null) {
                return Optional.empty();
            }
            return of(from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
