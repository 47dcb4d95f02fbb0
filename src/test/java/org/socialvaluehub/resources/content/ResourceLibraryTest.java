package org.socialvaluehub.resources.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class ResourceLibraryTest {

    @Autowired
    ResourceLibrary library;

    @Test
    void newInstallationHasTheStarterContent() {
        List<ResourceSummary> all = library.search(ResourceFilter.none());
        assertThat(all.stream()
                        .filter(r -> r.kind() == ResourceKind.GUIDE && r.roles().contains("BUYER")))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.stream()
                        .filter(r -> r.kind() == ResourceKind.GUIDE && r.roles().contains("SUPPLIER")))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.stream().filter(r -> r.kind() == ResourceKind.ACTION)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(all.stream().filter(r -> r.kind() == ResourceKind.PROGRAMME)).isNotEmpty();
        List<ResourceSummary> cases = all.stream()
                .filter(r -> r.kind() == ResourceKind.CASE_STUDY && r.slug().startsWith("case-study-"))
                .toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(6).allSatisfy(c -> {
            assertThat(c.summary()).startsWith("Illustrative example.");
            Resource resource = library.published(c.slug()).orElseThrow();
            assertThat(resource.content().body()).contains("**Illustrative example.**");
            assertThat(resource.content().facts().results()).containsPattern("\\d");
        });
        assertThat(all.stream().flatMap(r -> r.stages().stream()).distinct())
                .containsExactlyInAnyOrder("STARTING", "DEVELOPING", "ESTABLISHED", "LEADING");
    }

    @Test
    void fullTextSearchFindsWordsInAnyFormAndRanksTitlesFirst() {
        List<ResourceSummary> found = library.search(new ResourceFilter("living wages", "", "", "", ""));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).slug()).isEqualTo("pay-the-real-living-wage");
        assertThat(library.search(new ResourceFilter("apprenticeships", "CASE_STUDY", "", "", "")))
                .extracting(ResourceSummary::slug)
                .contains("case-study-oakfield-housing-trust")
                .allSatisfy(slug -> assertThat(slug).startsWith("case-study-"));
        assertThat(library.search(new ResourceFilter("zebra crossing", "", "", "", "")))
                .isEmpty();
    }

    @Test
    void searchSurvivesPunctuationThatIsNotQuerySyntax() {
        assertThat(library.search(new ResourceFilter("'\"):*&|! lots", "", "", "", "")))
                .isNotNull();
    }

    @Test
    void filtersByRoleStageAndTheme() {
        List<ResourceSummary> found = library.search(new ResourceFilter("", "ACTION", "BUYER", "DEVELOPING", "LE"));
        assertThat(found).isNotEmpty().allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ResourceKind.ACTION);
            assertThat(r.roles()).contains("BUYER");
            assertThat(r.stages()).contains("DEVELOPING");
            assertThat(r.themes()).contains("LE");
        });
        assertThat(found).extracting(ResourceSummary::slug).contains("split-contracts-into-lots", "publish-a-pipeline");
    }

    @Test
    void relatedResourcesShareTagsAndExcludeThePageItself() {
        Resource lots = library.published("split-contracts-into-lots").orElseThrow();
        List<ResourceSummary> related = library.related(lots.id());
        assertThat(related)
                .isNotEmpty()
                .noneMatch(r -> r.id() == lots.id())
                .allMatch(r -> r.themes().stream().anyMatch(lots.content().themes()::contains)
                        || r.stages().stream().anyMatch(lots.content().stages()::contains));
    }

    @Test
    void draftsStayHiddenUntilPublishedAndEachSaveIsAVersion() {
        String slug = "draft-test-" + System.nanoTime();
        long id = library.add(slug, ResourceKind.ACTION, content("Plant an orchard of quinces"), "Tester");
        assertThat(library.published(slug)).isEmpty();
        assertThat(library.search(new ResourceFilter("quinces", "", "", "", "")))
                .isEmpty();

        library.publish(id);
        assertThat(library.published(slug)).get().extracting(Resource::title).isEqualTo("Plant an orchard of quinces");

        library.saveDraft(id, content("Plant an orchard of medlars"), "Tester");
        assertThat(library.published(slug)).get().extracting(Resource::title).isEqualTo("Plant an orchard of quinces");
        assertThat(library.draft(id))
                .get()
                .satisfies(d -> assertThat(d.unpublishedChanges()).isTrue());

        library.publish(id);
        assertThat(library.published(slug)).get().extracting(Resource::title).isEqualTo("Plant an orchard of medlars");
        assertThat(library.history(id))
                .extracting(ResourceDraft.Version::number)
                .containsExactly(2, 1);
        assertThat(library.search(new ResourceFilter("medlars", "", "", "", "")))
                .extracting(ResourceSummary::slug)
                .containsExactly(slug);
    }

    private static ResourceContent content(String title) {
        return new ResourceContent(
                title,
                "A summary",
                "## Step\n\nDo it.",
                List.of("SUPPLIER"),
                List.of("LEADING"),
                List.of("EC"),
                CaseFacts.NONE);
    }
}
