package org.socialvaluehub.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HubTest
class PrioritiesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Priorities priorities;

    String coordinator;

    @BeforeEach
    void signIn() {
        coordinator = people.coordinator();
    }

    @Test
    void pointsThatDoNotTotalOneHundredAreRefusedWithWhatToAddAndNothingIsPublished() throws Exception {
        int before = priorities.history().size();
        assertThat(errors(points(Map.of("JS1", "60", "EC1", "30")), "Enough jobs"))
                .contains("The points total 90; they must total exactly 100 (add 10)");
        assertThat(errors(points(Map.of("JS1", "60", "EC1", "50")), "Too many"))
                .contains("The points total 110; they must total exactly 100 (remove 10)");
        assertThat(errors(points(Map.of()), "Nothing"))
                .contains("The points total 0; they must total exactly 100 (add 100)");
        assertThat(priorities.history()).hasSize(before);
    }

    @Test
    void negativeOrUnreadablePointsAndMissingReasoningAreRefusedByOutcome() throws Exception {
        int before = priorities.history().size();
        String errors = errors(points(Map.of("JS1", "-5", "JS2", "105", "EC1", "ten")), " ");
        assertThat(errors)
                .contains("More local people in good jobs: has -5 points; points cannot be negative")
                .contains("Lower greenhouse gas emissions: is not a whole number: 'ten'")
                .contains("Reasoning is missing");
        assertThat(priorities.history()).hasSize(before);
    }

    @Test
    void validPointsArePublishedKeptInTheHistoryAndServedAsJson() throws Exception {
        int before = priorities.history().size();
        mvc.perform(request(
                        points(Map.of("JS2", "40", "EC1", "35", "LE1", "25")), "Barriers to work first, then carbon."))
                .andExpect(redirectedUrl("/coordinator/framework/priorities"));
        assertThat(priorities.history()).hasSize(before + 1);
        Document page =
                Jsoup.parse(mvc.perform(get("/coordinator/framework/priorities").with(people.signedIn(coordinator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("details").first().text()).contains("Barriers to work first, then carbon.");
        assertThat(page.select("#points-JS2").attr("value")).isEqualTo("40");
        mvc.perform(get("/api/v1/framework/priorities"))
                .andExpect(jsonPath("$.reasoning").value("Barriers to work first, then carbon."))
                .andExpect(jsonPath("$.outcomes[?(@.outcome == 'EC1')].weight").value(0.35));
    }

    @Test
    void thePublicFrameworkPageShowsThePrioritiesWithTheirReasoningAndVersion() throws Exception {
        mvc.perform(request(points(Map.of("JS2", "60", "CW1", "40")), "Young people first, then community wellbeing."))
                .andExpect(redirectedUrl("/coordinator/framework/priorities"));
        int version = priorities.history().get(0).versionNumber();

        Document page = Jsoup.parse(mvc.perform(get("/framework/versions/" + version))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#priorities-title").text()).isEqualTo("The partnership’s local priorities");
        assertThat(page.text())
                .contains("Young people first, then community wellbeing.")
                .contains("Set for version " + version + " of the framework");
        assertThat(page.select("table:has(#priorities-caption) tbody tr").eachText())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("JS2")
                .endsWith("60");
    }

    private static Map<String, String> points(Map<String, String> given) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String code : new String[] {
            "JS1", "JS2", "JS3", "JS4", "LE1", "LE2", "LE3", "CW1", "CW2", "CW3", "EC1", "EC2", "EC3", "IN1", "IN2"
        }) {
            all.put(code, given.getOrDefault(code, "0"));
        }
        return all;
    }

    private MockHttpServletRequestBuilder request(Map<String, String> points, String reasoning) {
        MockHttpServletRequestBuilder request = post("/coordinator/framework/priorities")
                .param("reasoning", reasoning)
                .with(csrf())
                .with(people.signedIn(coordinator));
        for (var entry : points.entrySet()) {
            request = request.param("points[" + entry.getKey() + "]", entry.getValue());
        }
        return request;
    }

    private String errors(Map<String, String> points, String reasoning) throws Exception {
        Document page = Jsoup.parse(mvc.perform(request(points, reasoning))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        return page.select(".govuk-error-summary").text();
    }
}
