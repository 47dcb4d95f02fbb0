package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/** Every bundle named in spring.messages.basename exists, and every bundle that exists is named there. */
class MessageBundlesTest {

    @Test
    void basenamesAndBundleFilesMatch() throws IOException {
        var sources = new YamlPropertySourceLoader()
                .load("application", new FileSystemResource("src/main/resources/application.yml"));
        List<String> basenames = Arrays.stream(String.valueOf(sources.get(0).getProperty("spring.messages.basename"))
                        .split(","))
                .map(String::strip)
                .toList();
        assertThat(basenames)
                .allSatisfy(name -> assertThat(Path.of("src/main/resources", name + ".properties"))
                        .as("bundle " + name)
                        .exists());
        try (var files = Files.list(Path.of("src/main/resources/i18n"))) {
            assertThat(files.map(f -> "i18n/" + f.getFileName().toString().replace(".properties", "")))
                    .allSatisfy(bundle -> assertThat(basenames).contains(bundle));
        }
    }
}
