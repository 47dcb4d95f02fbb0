package org.socialvaluehub.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The short plain notice printed when the app is ready: where to open it, where its data lives, and what the
 * modules add (the demo's sign-ins). Pure, so its wording is tested without starting anything.
 */
final class ReadyNotice {

    private ReadyNotice() {}

    static String text(String address, String data, List<String> notes) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Social Value Hub is ready: open " + address);
        lines.add("Data: " + data);
        lines.addAll(notes);
        return String.join(System.lineSeparator(), lines);
    }

    /** Where the data lives, without any password a database address may carry. */
    static String data(String datasourceUrl, String embeddedFolder, boolean ephemeral) {
        if (datasourceUrl == null || datasourceUrl.isBlank()) {
            return ephemeral
                    ? "embedded PostgreSQL in a temporary folder (deleted when the app stops)"
                    : "embedded PostgreSQL in "
                            + Path.of(embeddedFolder).toAbsolutePath().normalize();
        }
        String withoutQuery = datasourceUrl.strip().replaceAll("\\?.*$", "");
        return "PostgreSQL at " + withoutQuery.replaceAll("//[^/@]*@", "//");
    }

    /** Whether links would point at this machine although people reach the app from elsewhere. */
    static boolean publicAddressMissing(boolean configured, String datasourceUrl, String serverAddress) {
        if (configured) {
            return false;
        }
        boolean externalDatabase = datasourceUrl != null && !datasourceUrl.isBlank();
        boolean boundElsewhere = serverAddress != null
                && !serverAddress.isBlank()
                && !serverAddress.startsWith("127.")
                && !serverAddress.equals("localhost")
                && !serverAddress.equals("::1");
        return externalDatabase || boundElsewhere;
    }
}
