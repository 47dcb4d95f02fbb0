package org.socialvaluehub.resources.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialvaluehub.resources.core.FrontMatter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the starter guides, case studies, actions and programmes into an empty library, so every new
 * installation has them whether or not demo data is on. Coordinators edit them like any other.
 */
@Component
class StarterContent {

    private static final Logger LOG = LoggerFactory.getLogger(StarterContent.class);
    static final String LOCATION = "classpath:resources/starter/*.md";

    private final ResourceLibrary library;

    StarterContent(ResourceLibrary library) {
        this.library = library;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIntoEmptyLibrary() throws IOException {
        if (!library.isEmpty()) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                add(FrontMatter.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        LOG.info("Loaded {} starter resources", files.length);
    }

    private void add(FrontMatter file) {
        CaseFacts facts = new CaseFacts(
                file.get("organisation-type"),
                file.get("organisation-size"),
                file.get("sector"),
                file.get("what-they-did"),
                file.get("outcome"),
                file.get("results"),
                file.get("contact"));
        ResourceContent content = new ResourceContent(
                file.get("title"),
                file.get("summary"),
                file.body(),
                file.list("roles"),
                file.list("stages"),
                file.list("themes"),
                facts);
        long id = library.add(file.get("slug"), ResourceKind.valueOf(file.get("kind")), content, "Starter content");
        library.publish(id);
    }
}
