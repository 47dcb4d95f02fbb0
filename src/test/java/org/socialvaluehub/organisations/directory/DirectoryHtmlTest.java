package org.socialvaluehub.organisations.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The directory's checkboxes and results are written as the template wrote them, with every value escaped. */
class DirectoryHtmlTest {

    @Test
    void writesACheckboxPerChoiceTickingTheChosenOnes() {
        Document html = Jsoup.parseBodyFragment(DirectoryHtml.checkboxes(
                "size",
                List.of(
                        new FacetPanel.Choice("size-0", "MICRO", "Micro (3)", false),
                        new FacetPanel.Choice("size-1", "SMALL", "Small (2)", true))));
        assertThat(html.select("input").eachAttr("value")).containsExactly("MICRO", "SMALL");
        assertThat(html.select("input[name=size][checked]").eachAttr("id")).containsExactly("size-1");
        assertThat(html.select("label[for=size-1]").text()).isEqualTo("Small (2)");
    }

    @Test
    void escapesNamesOffersAndLabels() {
        String nasty = "<script>alert('x')</script> & \"quoted\"";
        String html = DirectoryHtml.results(
                List.of(new ResultCards.Card(
                        "/directory/7",
                        nasty,
                        "Company · Small · OX14",
                        "Inside the area",
                        null,
                        List.of(nasty),
                        nasty)),
                "");
        assertThat(html)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select(".svh-result a").text()).isEqualTo(nasty);
        assertThat(page.select(".govuk-tag--green").text()).isEqualTo(nasty);
        assertThat(Jsoup.parseBodyFragment(DirectoryHtml.checkboxes(
                                "q", List.of(new FacetPanel.Choice("q-0", nasty, nasty, false))))
                        .select("input")
                        .attr("value"))
                .isEqualTo(nasty);
    }

    @Test
    void writesDistanceCredentialsAndOfferOnlyWhenThereAreAny() {
        Document bare = Jsoup.parseBodyFragment(DirectoryHtml.results(
                List.of(new ResultCards.Card(
                        "/directory/8", "Bare", "Charity · Micro · ", "Outside the area", null, List.of(), null)),
                "/hub"));
        assertThat(bare.select(".svh-result a").attr("href")).isEqualTo("/hub/directory/8");
        assertThat(bare.select(".svh-result p")).hasSize(1);
        assertThat(bare.select(".svh-result span")).hasSize(1);

        Document full = Jsoup.parseBodyFragment(DirectoryHtml.results(
                List.of(new ResultCards.Card(
                        "/directory/9",
                        "Full",
                        "Company · Small · OX14",
                        "Inside the area",
                        "1.5 km away",
                        List.of("B Corp", "Real Living Wage employer"),
                        "Offer")),
                ""));
        assertThat(full.select(".svh-result p").first().text())
                .isEqualTo("Company · Small · OX14 Inside the area 1.5 km away");
        assertThat(full.select(".govuk-tag--green").eachText()).containsExactly("B Corp", "Real Living Wage employer");
        assertThat(full.select(".svh-result p").last().text()).isEqualTo("Offer");
    }
}
