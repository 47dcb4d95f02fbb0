package org.socialvaluehub.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class DeflatorsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Deflators deflators;

    @Autowired
    Frameworks frameworks;

    @Test
    void badRowsAreRefusedByRowAndTheSeriesIsUnchanged() throws Exception {
        String before = deflators.currentCsv();
        String coordinator = people.coordinator();
        String errors = Jsoup.parse(mvc.perform(post("/coordinator/framework/deflators")
                                .param("sourceName", "Test series")
                                .param("sourceUrl", "not a link")
                                .param("rows", "2019,100\n2020,abc\n2019,101")
                                .with(csrf())
                                .with(people.signedIn(coordinator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .select(".govuk-error-summary")
                .text();
        assertThat(errors).contains("Link to the source must be a web address");
        mvc.perform(post("/coordinator/framework/deflators")
                .param("sourceName", "Test series")
                .param("sourceUrl", "https://example.org/deflators")
                .param("rows", "2019,100\n2020,abc\n2019,101")
                .with(csrf())
                .with(people.signedIn(coordinator)));
        String rowErrors = Jsoup.parse(mvc.perform(post("/coordinator/framework/deflators")
                                .param("sourceName", "Test series")
                                .param("sourceUrl", "https://example.org/deflators")
                                .param("rows", "2019,100\n2020,abc\n2019,101")
                                .with(csrf())
                                .with(people.signedIn(coordinator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .select(".govuk-error-summary")
                .text();
        assertThat(rowErrors)
                .contains("Index row 2: expected a year and a number")
                .contains("Index row 3: the year 2019 appears twice");
        assertThat(deflators.currentCsv()).isEqualTo(before);
    }

    @Test
    void aSavedSeriesRebasesValuesOfAPinnedVersion() throws Exception {
        mvc.perform(post("/coordinator/framework/deflators")
                        .param("sourceName", "Test series, 2019 = 100")
                        .param("sourceUrl", "https://example.org/deflators")
                        .param("rows", "2019,100\n2020,110")
                        .with(csrf())
                        .with(people.signedIn(people.coordinator())))
                .andExpect(redirectedUrl("/coordinator/framework/deflators"));
        // CW04 at 2019 prices: 2 WELLBYs are worth £14,625 central; at 2020 prices × 110 ÷ 100 = £16,087.50.
        assertThat(frameworks.value(1, "CW04", new BigDecimal("2"), 2020).central())
                .isEqualByComparingTo("16087.50");
    }
}
