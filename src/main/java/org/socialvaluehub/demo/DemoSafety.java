package org.socialvaluehub.demo;

import java.net.URI;
import java.util.Locale;

/**
 * Keeps the demo partnership off real installations: its accounts share a password printed in the README,
 * so it may only run where the public address is this machine.
 */
final class DemoSafety {

    private DemoSafety() {}

    static void check(boolean demoEnabled, String baseUrl) {
        if (demoEnabled && !isLocal(baseUrl)) {
            throw new DemoOnPublicAddressException(baseUrl);
        }
    }

    static boolean isLocal(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return true;
        }
        String host;
        try {
            host = URI.create(baseUrl.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost")
                || host.endsWith(".localhost")
                || host.startsWith("127.")
                || host.equals("[::1]")
                || host.equals("::1");
    }
}
