package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every word on screen comes from messages.properties: templates hold no text of their own. */
class TemplatesUseMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label", "value");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : doc.getAllElements()) {
                boolean replaced = element.hasAttr("th:text")
                        || element.hasAttr("th:utext")
                        || element.hasAttr("th:replace")
                        || element.hasAttr("th:insert");
                if (!replaced && !insideReplacedElement(element)) {
                    for (TextNode text : element.textNodes()) {
                        if (LETTERS.matcher(text.text()).find()) {
                            problems.add(TEMPLATES.relativize(template) + ": text \""
                                    + text.text().strip() + "\" in <" + element.tagName() + ">");
                        }
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute)
                            && LETTERS.matcher(element.attr(attribute)).find()
                            && !element.tagName().equals("option")
                            && !element.attr("type").equals("hidden")) {
                        problems.add(TEMPLATES.relativize(template) + ": attribute " + attribute + "=\""
                                + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("hard-coded text in templates").isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Properties messages = allMessages();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!messages.containsKey(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used but not defined").isEmpty();
    }

    /** messages.properties and every module's i18n/*.properties, as Spring's MessageSource sees them. */
    static Properties allMessages() throws IOException {
        Properties messages = new Properties();
        List<Path> bundles = new ArrayList<>(List.of(Path.of("src/main/resources/messages.properties")));
        Path i18n = Path.of("src/main/resources/i18n");
        if (Files.isDirectory(i18n)) {
            try (Stream<Path> files = Files.list(i18n)) {
                files.filter(p -> p.toString().endsWith(".properties")).sorted().forEach(bundles::add);
            }
        }
        for (Path bundle : bundles) {
            try (var in = Files.newBufferedReader(bundle)) {
                messages.load(in);
            }
        }
        return messages;
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (parent.hasAttr("th:text") || parent.hasAttr("th:utext")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
