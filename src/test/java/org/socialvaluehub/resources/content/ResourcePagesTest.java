package org.socialvaluehub.resources.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class ResourcePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void guidePageShowsContentsListFromItsStepsAndRelatedResources() throws Exception {
        Document page = page(mvc.perform(get("/resources/buyer-building-social-value-into-procurement"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".svh-contents li a"))
                .hasSizeGreaterThanOrEqualTo(5)
                .first()
                .satisfies(a -> assertThat(page.getElementById(a.attr("href").substring(1)))
                        .isNotNull());
        assertThat(page.select(".svh-related li")).isNotEmpty();
    }

    @Test
    void caseStudyPageShowsItsFacts() throws Exception {
        Document page = page(mvc.perform(get("/resources/case-study-millbrook-district-council"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-summary-list").text())
                .contains("Local authority", "Public administration", "41%");
        assertThat(page.text()).contains("Illustrative example.");
    }

    @Test
    void listSearchesAndKeepsTheFilters() throws Exception {
        Document page =
                page(mvc.perform(get("/resources").param("q", "pipeline").param("role", "BUYER"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select(".svh-resource-list a").eachText()).contains("Publish a contracts pipeline");
        assertThat(page.select("#q").val()).isEqualTo("pipeline");
        assertThat(page.select("#role option[selected]").val()).isEqualTo("BUYER");
    }

    @Test
    void apiListsPublishedResourcesWithFiltersAndShowsOneWithSanitisedHtml() throws Exception {
        mvc.perform(get("/api/v1/resources").param("kind", "CASE_STUDY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(6)))
                .andExpect(jsonPath("$[*].kind")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("CASE_STUDY"))));
        mvc.perform(get("/api/v1/resources/case-study-greenline-couriers"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts.sector").value("Transport and logistics"))
                .andExpect(jsonPath("$.html").value(org.hamcrest.Matchers.containsString("govuk-heading-m")));
    }

    @Test
    void previewRendersSanitisedHtmlForCoordinators() throws Exception {
        String html = mvc.perform(post("/coordinator/resources/preview")
                        .with(csrf())
                        .with(people.signedIn(people.coordinator()))
                        .param("body", "## Hello\n\n<script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Hello").doesNotContain("<script", "javascript:");
    }

    @Test
    void coordinatorCreatesADraftAndPublishesIt() throws Exception {
        String coordinator = people.coordinator();
        String slug = "page-test-" + System.nanoTime();
        String location = mvc.perform(post("/coordinator/resources/new")
                        .with(csrf())
                        .with(people.signedIn(coordinator))
                        .param("slug", slug)
                        .param("kind", "CASE_STUDY")
                        .param("title", "Wychwood Bakery")
                        .param("summary", "Illustrative example.")
                        .param("body", "Bread <img src=x onerror=alert(1)>")
                        .param("stages", "STARTING")
                        .param("facts.results", "3 jobs"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get("/resources/" + slug)).andExpect(status().isNotFound());
        mvc.perform(post(location)
                        .with(csrf())
                        .with(people.signedIn(coordinator))
                        .param("action", "draft")
                        .param("title", "Wychwood Bakery")
                        .param("body", "Bread")
                        .param("facts.results", "3 jobs"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/publish").with(csrf()).with(people.signedIn(coordinator)))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(get("/resources/" + slug))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Wychwood Bakery", "3 jobs").doesNotContain("onerror");
    }

    @Test
    void duplicateAddressIsRefusedWithTheWordsKept() throws Exception {
        String html = mvc.perform(post("/coordinator/resources/new")
                        .with(csrf())
                        .with(people.signedIn(people.coordinator()))
                        .param("slug", "pay-the-real-living-wage")
                        .param("kind", "ACTION")
                        .param("title", "My words"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = page(html);
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Another resource already uses this web address");
        assertThat(page.select("#title").val()).isEqualTo("My words");
    }

    @Test
    void imagesAreCheckedByTheirBytesAndSizeAndServedSafely() throws Exception {
        String coordinator = people.coordinator();
        byte[] png = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        String fake = mvc.perform(multipart("/coordinator/resources/images")
                        .file(new MockMultipartFile(
                                "file", "x.png", "image/png", "<script>alert(1)</script>".getBytes()))
                        .with(csrf())
                        .with(people.signedIn(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fake).contains("The file must be a PNG, JPEG, WebP or GIF image");
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, huge, 0, 8);
        String tooBig = mvc.perform(multipart("/coordinator/resources/images")
                        .file(new MockMultipartFile("file", "big.png", "image/png", huge))
                        .with(csrf())
                        .with(people.signedIn(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooBig).contains("The image must be 2 MB or smaller");

        var flash = mvc.perform(multipart("/coordinator/resources/images")
                        .file(new MockMultipartFile("file", "x.html", "text/html", png))
                        .param("description", "A chart")
                        .with(csrf())
                        .with(people.signedIn(coordinator)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();
        String markdown = String.valueOf(flash.get("noticeArgument"));
        String path = markdown.substring(markdown.indexOf('(') + 1, markdown.indexOf(')'));
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
