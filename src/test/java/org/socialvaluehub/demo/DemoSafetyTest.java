package org.socialvaluehub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

class DemoSafetyTest {

    @Test
    void theDemoIsOffUnlessAskedFor() throws IOException {
        assertThat(property("application.yml", "svh.demo.enabled")).isEqualTo(false);
    }

    @Test
    void theDevProfileOfSpringBootRunSwitchesTheDemoOn() throws IOException {
        assertThat(property("application-dev.yml", "svh.demo.enabled")).isEqualTo(true);
    }

    @Test
    void refusesTheDemoOnAPublicAddress() {
        assertThatThrownBy(() -> DemoSafety.check(true, "https://socialvalue.council.example"))
                .isInstanceOf(DemoOnPublicAddressException.class);
        assertThatThrownBy(() -> DemoSafety.check(true, "http://10.0.0.5:8080"))
                .isInstanceOf(DemoOnPublicAddressException.class);
    }

    @Test
    void allowsTheDemoOnALocalAddressAndAnyAddressWithTheDemoOff() {
        assertThatCode(() -> DemoSafety.check(true, "http://localhost:8080")).doesNotThrowAnyException();
        assertThatCode(() -> DemoSafety.check(true, "http://127.0.0.1:8080")).doesNotThrowAnyException();
        assertThatCode(() -> DemoSafety.check(true, "http://[::1]:8080")).doesNotThrowAnyException();
        assertThatCode(() -> DemoSafety.check(false, "https://socialvalue.council.example"))
                .doesNotThrowAnyException();
    }

    @Test
    void explainsTheRefusalInPlainWords() {
        FailureAnalysis analysis = new DemoOnPublicAddressFailureAnalyzer()
                .analyze(new DemoOnPublicAddressException("https://socialvalue.council.example"));
        assertThat(analysis.getDescription()).contains("https://socialvalue.council.example", "published password");
        assertThat(analysis.getAction()).contains("SVH_DEMO_ENABLED=false");
    }

    private static Object property(String file, String name) throws IOException {
        return new YamlPropertySourceLoader()
                .load(file, new ClassPathResource(file)).stream()
                        .map(source -> ((PropertySource<?>) source).getProperty(name))
                        .filter(v -> v != null)
                        .findFirst()
                        .orElse(null);
    }
}
