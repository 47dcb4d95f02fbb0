package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts read as "1 change", "2 changes": never "change(s)", through choice formats in the bundles. */
class PluralMessagesTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    PluralMessagesTest() {
        messages.setBasenames(
                "messages",
                "i18n/measures",
                "i18n/organisations",
                "i18n/spend",
                "i18n/resources",
                "i18n/engagement",
                "i18n/opportunities",
                "i18n/evaluation");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void noMessageLeavesThePluralToTheReader() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> bundles = Stream.concat(
                Stream.of(Path.of("src/main/resources/messages.properties")),
                Files.list(Path.of("src/main/resources/i18n")))) {
            for (Path bundle : bundles.toList()) {
                Properties p = new Properties();
                try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    p.load(reader);
                }
                p.forEach((key, text) -> {
                    if (String.valueOf(text).contains("(s)")) {
                        found.add(bundle.getFileName() + ": " + key);
                    }
                });
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void oneIsSingularAndMoreArePlural() {
        assertThat(say("compare.caption", 1)).isEqualTo("1 change");
        assertThat(say("compare.caption", 2)).isEqualTo("2 changes");
        assertThat(say("compare.caption", 0)).isEqualTo("No changes");
        assertThat(say("framework.benefitPeriod", 1)).isEqualTo("Benefit lasts 1 year");
        assertThat(say("framework.benefitPeriod", 5)).isEqualTo("Benefit lasts 5 years");
        assertThat(say("draft.problemsBeforePublish", 1)).startsWith("Fix 1 problem before");
        assertThat(say("draft.import.problemCount", 3)).startsWith("The file has 3 problems,");
        assertThat(say("evaluation.letters.sent", 1)).isEqualTo("1 e-mail sent.");
        assertThat(say("spend.status.added", 12345, "£1.00")).isEqualTo("12,345 rows added, £1.00");
        assertThat(say("spend.status.added", 1, "£1.00")).isEqualTo("1 row added, £1.00");
        assertThat(say("events.fullWaiting", 1, 0)).startsWith("The only place is taken;");
        assertThat(say("people.export.table", "accounts", 1)).isEqualTo("Table accounts: 1 row");
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
