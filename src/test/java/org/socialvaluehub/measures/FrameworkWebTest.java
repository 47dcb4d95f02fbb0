package org.socialvaluehub.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HubTest
class FrameworkWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    FrameworkDrafts drafts;

    @Autowired
    PublishedFramework published;

    String coordinator;

    @BeforeEach
    void startFromTheDefault() {
        coordinator = people.coordinator();
        drafts.save(null, published.first().content());
    }

    @Test
    void exportedCsvImportsIntoTheDraftAndExportsAgainUnchanged() throws Exception {
        byte[] exported = mvc.perform(get("/framework/versions/1/csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(upload(exported)).andExpect(redirectedUrl("/coordinator/framework"));
        assertThat(draftCsv()).isEqualTo(exported);
        assertThat(exported).isEqualTo(FrameworkPublishing.shippedDefaultCsv());
    }

    @Test
    void csvInTheWrongEncodingIsRefusedWithItsLineAndNothingChanges() throws Exception {
        byte[] before = draftCsv();
        byte[] windows1252 = new String(FrameworkPublishing.shippedDefaultCsv(), StandardCharsets.UTF_8)
                .getBytes(Charset.forName("windows-1252"));
        Document page = html(upload(windows1252));
        assertThat(page.select(".govuk-error-summary").text())
                .contains("The CSV was not imported and nothing has changed")
                .contains("The file: the file is not UTF-8: line 5 has a byte (0xF7)");
        assertThat(draftCsv()).isEqualTo(before);
    }

    @Test
    void csvWithMissingColumnsOrBadRowsListsEveryProblemByLineAndNothingChanges() throws Exception {
        byte[] before = draftCsv();
        String shipped = new String(FrameworkPublishing.shippedDefaultCsv(), StandardCharsets.UTF_8);
        String noLicence = shipped.replaceFirst("licence,evidence_grade,", "");
        assertThat(html(upload(noLicence.getBytes(StandardCharsets.UTF_8)))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Line 3")
                .contains("missing column(s): licence, evidence_grade");

        String[] lines = shipped.split("\r\n");
        // Lines 1 and 2 state the price year and base year; the header is line 3.
        lines[3] = lines[3].replace(",people,", ",furlongs,");
        lines[6] = lines[6].replace(",6897,6897,6897,", ",6897,abc,100,");
        String summary = html(upload(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8)))
                .select(".govuk-error-summary")
                .text();
        assertThat(summary)
                .contains("Line 4, unit: 'furlongs' is not known")
                .contains("Line 7, value_central: is not a number: 'abc'")
                .contains("Line 7, value_low: 6897 is above value_high 100");
        assertThat(draftCsv()).isEqualTo(before);
    }

    @Test
    void aMeasureEditWithBadInputNamesEachFieldAndChangesNothing() throws Exception {
        byte[] before = draftCsv();
        Map<String, String> row =
                new HashMap<>(MeasureEdit.row(published.first().content(), "CW04"));
        row.putAll(Map.of("value_low", "abc", "deadweight", "1.5", "unit", "furlongs", "evidence_grade", "platinum"));
        Document page = html(measurePost("CW04", row));
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Low value (£) is not a number: 'abc'")
                .contains("Deadweight must be between 0 and 1")
                .contains("Unit 'furlongs' is not known")
                .contains("Evidence grade 'platinum' is not known");
        assertThat(page.select("#valueLow-error").text()).contains("Low value (£) is not a number");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#valueLow", "#deadweight");
        assertThat(draftCsv()).isEqualTo(before);
    }

    @Test
    void aMeasureFormProblemNamesTheFormsFieldsNotTheCsvColumns() throws Exception {
        Map<String, String> row =
                new HashMap<>(MeasureEdit.row(published.first().content(), "CW04"));
        row.putAll(Map.of("deadweight", "", "displacement_basis", "", "price_base_year", "soon"));
        Document page = html(measurePost("CW04", row));
        String problems = page.select(".govuk-error-summary").text();
        assertThat(problems)
                .contains("Deadweight is empty: enter it, or enter the agreed default and choose "
                        + "“a default the partnership chose” as its Deadweight basis")
                .doesNotContainPattern("[a-z]+_[a-z]+")
                .doesNotContain("'default'");
    }

    @Test
    void aMeasureEditIsSavedInTheDraftAndShownAsAChange() throws Exception {
        Map<String, String> row =
                new HashMap<>(MeasureEdit.row(published.first().content(), "CW04"));
        row.put("measure_name", "Wellbeing years gained (edited)");
        mvc.perform(measurePost("CW04", row)).andExpect(redirectedUrl("/coordinator/framework"));
        Document draft = html(get("/coordinator/framework").with(people.signedIn(coordinator)));
        assertThat(draft.text())
                .contains("Wellbeing years gained (edited)")
                .contains("Measure CW04")
                .contains("£13,000.00 (2019 prices)");
    }

    @Test
    void publishingIsRefusedWithTheReasonWhenAValueHasNoSource() throws Exception {
        Map<String, String> row =
                new HashMap<>(MeasureEdit.row(published.first().content(), "CW04"));
        row.put("source_name", "");
        mvc.perform(measurePost("CW04", row)).andExpect(redirectedUrl("/coordinator/framework"));
        Document page = html(post("/coordinator/framework/publish")
                .param("changeNote", "Drop a source")
                .with(csrf())
                .with(people.signedIn(coordinator)));
        assertThat(page.select(".govuk-error-summary").text())
                .contains("The draft was not published")
                .contains("CW04 source_name: a published value needs the name of its source");
        Document noNote =
                html(post("/coordinator/framework/publish").with(csrf()).with(people.signedIn(coordinator)));
        assertThat(noNote.select("#changeNote-error").text()).contains("Enter a change log note");
    }

    @Test
    void thePublicPageShowsThemesOutcomesMeasuresWithSourcesAndSearches() throws Exception {
        Document page = html(get("/framework/versions/1"));
        assertThat(page.select("h2").eachText()).contains("JS: Jobs and skills", "EC: Environment and climate");
        assertThat(page.select("#measure-CW04").text())
                .contains("£10,000.00 low, £13,000.00 central, £16,000.00 high, per unit, at 2019 prices")
                .contains("HM Treasury")
                .contains("Deadweight: 25% (a default the partnership chose)");
        assertThat(page.select("#outcome-JS1 + dl").text())
                .contains("PPN 002 mission")
                .contains("SDG 8");
        assertThat(page.select("nav.svh-contents a").eachAttr("href"))
                .contains("#theme-JS", "#outcome-JS1", "#theme-EC");
        page.select("nav.svh-contents a")
                .eachAttr("href")
                .forEach(href -> assertThat(page.getElementById(href.substring(1)))
                        .as(href)
                        .isNotNull());

        Document search = html(get("/framework/versions/1").param("q", "greenhouse gas"));
        assertThat(search.select(".govuk-summary-card").eachAttr("id"))
                .contains("measure-EC01")
                .doesNotContain("measure-JS01");
        assertThat(search.select("[role=status]").text()).matches("\\d+ measures? match(es)? “greenhouse gas”.*");
    }

    @Test
    void theApiGivesVersionsWithMeasuresValuesAndSources() throws Exception {
        mvc.perform(get("/api/v1/framework/versions/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.themes[0].code").value("JS"))
                .andExpect(jsonPath("$.themes[0].outcomes[0].sdgs[0]").value(8))
                .andExpect(jsonPath("$.themes[0].outcomes[1].measures[1].value.source.url")
                        .value("https://www.jrf.org.uk/report/benefits-tackling-worklessness-and-low-pay"))
                .andExpect(jsonPath("$.themes[0].outcomes[1].measures[1].value.additionality.deadweight.basis")
                        .value("default"))
                .andExpect(jsonPath("$.priceYear").value("2024-25"))
                .andExpect(jsonPath("$.appraisalBaseYear").value("2025-26"))
                .andExpect(jsonPath("$.themes[0].outcomes[1].measures[1].value.valueType")
                        .value("fiscal"))
                .andExpect(jsonPath("$.themes[0].outcomes[1].measures[1].value.priceYear")
                        .value("2014-15"))
                .andExpect(jsonPath("$.themes[0].outcomes[3].measures[0].value.valueType")
                        .value("economic"))
                .andExpect(jsonPath("$.themes[3].outcomes[0].measures[0].value.valueType")
                        .value("social"));
        mvc.perform(get("/api/v1/framework/versions"))
                .andExpect(jsonPath("$[-1:].number").value(1));
        mvc.perform(get("/api/v1/framework"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.themes.length()").value(5));
    }

    private RequestBuilder upload(byte[] bytes) {
        return multipart("/coordinator/framework/import")
                .file(new MockMultipartFile("file", "framework.csv", "text/csv", bytes))
                .with(csrf())
                .with(people.signedIn(coordinator));
    }

    private MockHttpServletRequestBuilder measurePost(String code, Map<String, String> row) {
        MockHttpServletRequestBuilder request = post("/coordinator/framework/measures/" + code)
                .param("originalCode", code)
                .param("outcomeCode", row.get("outcome_code"))
                .with(csrf())
                .with(people.signedIn(coordinator));
        for (String column : MeasureForm.COLUMNS) {
            request = request.param(MeasureForm.field(column), row.getOrDefault(column, ""));
        }
        return request;
    }

    private byte[] draftCsv() throws Exception {
        return mvc.perform(get("/coordinator/framework/draft/csv").with(people.signedIn(coordinator)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private Document html(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
