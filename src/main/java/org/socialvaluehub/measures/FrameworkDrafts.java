package org.socialvaluehub.measures;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.FrameworkCsvReader;
import org.socialvaluehub.measures.core.FrameworkCsvWriter;
import org.socialvaluehub.measures.core.InvalidInputException;
import org.socialvaluehub.measures.core.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators' editing of the framework: one draft at a time, started from the newest published
 * version, changed whole (a measure edit or a CSV import builds a new, checked framework), and
 * published as the next immutable version with a change log note.
 */
@Service
class FrameworkDrafts {

    private final FrameworkVersionRepository versions;
    private final MeasureSearch search;
    private final Frameworks frameworks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkDrafts(
            FrameworkVersionRepository versions,
            MeasureSearch search,
            Frameworks frameworks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.versions = versions;
        this.search = search;
        this.frameworks = frameworks;
        this.events = events;
        this.clock = clock;
    }

    Draft current() {
        return versions.draft()
                .map(d -> new Draft(d.id(), read(d.contentCsv()), d.basedOn(), d.updatedAt()))
                .orElseGet(() -> frameworks
                        .current()
                        .map(v -> new Draft(null, v.content(), v.number(), null))
                        .orElseGet(() ->
                                new Draft(null, new Framework(List.of(), List.of(), List.of(), Map.of()), null, null)));
    }

    /**
     * Replaces the content of the draft {@code draftId} (null: start the draft from the newest version).
     *
     * @throws VersionPublishedException if that draft has been published meanwhile
     */
    @Transactional
    long save(Long draftId, Framework content) {
        if (draftId == null) {
            Draft current = current();
            if (current.saved()) {
                versions.updateContent(current.id(), write(content));
                return current.id();
            }
            return versions.insertDraft(write(content), current.basedOn());
        }
        StoredVersion stored = versions.find(draftId)
                .orElseThrow(() -> new InvalidInputException("draft", "there is no draft " + draftId));
        if (stored.published()) {
            throw new VersionPublishedException(stored.number());
        }
        versions.updateContent(draftId, write(content));
        return draftId;
    }

    /**
     * Publishes the draft as the next version.
     *
     * @throws InvalidInputException with every publication problem (a value without a source, ...), or
     *                               when there is no draft or no change note; nothing is published then
     */
    @Transactional
    FrameworkVersion publish(String changeNote, String publishedBy) {
        if (changeNote == null || changeNote.isBlank()) {
            throw new InvalidInputException("changeNote", "is missing: say what changed in this version");
        }
        StoredVersion draft = versions.draft()
                .orElseThrow(() -> new InvalidInputException(
                        "draft", "there is no draft to publish: change a measure or import a CSV first"));
        Framework content = read(draft.contentCsv());
        List<Problem> problems = content.publicationProblems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int number = versions.publish(draft.id(), changeNote.strip(), publishedBy, clock.instant());
        search.index(draft.id(), content);
        FrameworkVersion version = frameworks.version(number).orElseThrow();
        events.publishEvent(
                new FrameworkVersionPublished(number, version.changeNote(), version.publishedAt(), publishedBy));
        return version;
    }

    static Framework read(String csv) {
        return FrameworkCsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    static String write(Framework framework) {
        return new String(FrameworkCsvWriter.write(framework), StandardCharsets.UTF_8);
    }
}
