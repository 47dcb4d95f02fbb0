package org.socialvaluehub.resources.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HubTest
class SelfAssessmentPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void unansweredQuestionsAreNamedAndTheOtherAnswersKept() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Assessing Supplier");
        String email = people.person("assess", supplier, Role.SUPPLIER);
        Document form =
                page(mvc.perform(get("/journey/" + supplier + "/questions").with(people.signedIn(email))));
        assertThat(form.select("fieldset")).hasSizeBetween(10, 20);

        MockHttpServletRequestBuilder post =
                post("/journey/" + supplier + "/questions").with(csrf()).with(people.signedIn(email));
        Element first = form.select("fieldset").first();
        String firstName = first.select("input[type=radio]").first().attr("name");
        String secondOption = first.select("input[type=radio]").get(1).val();
        post.param(firstName, secondOption);
        Document again = page(mvc.perform(post).andExpect(status().isOk()));
        assertThat(again.select(".govuk-error-summary").text()).contains("questions have no answer yet");
        assertThat(again.select("input[name=" + firstName + "][checked]").val()).isEqualTo(secondOption);
        assertThat(again.select(".govuk-form-group--error"))
                .hasSize(form.select("fieldset").size() - 1);
    }

    @Test
    void answersGiveStagesNextStepsAndProgressOverTime() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Assessing Buyer");
        String email = people.person("assess-buyer", buyer, Role.BUYER);
        String first = answerAll(buyer, email, 0);
        Document result = page(mvc.perform(get(first).with(people.signedIn(email))));
        assertThat(result.select("#stages-table tbody tr"))
                .hasSizeBetween(4, 6)
                .allSatisfy(row -> assertThat(row.select("td").first().text()).isEqualTo("Starting"));
        assertThat(result.select("canvas#stages-chart")).hasSize(1);
        assertThat(result.select(".svh-resource-list a").eachText()).contains("Split contracts into lots");

        String second = answerAll(buyer, email, 2);
        Document later = page(mvc.perform(get(second).with(people.signedIn(email))));
        assertThat(later.select("#stages-table tbody td").eachText()).contains("Established");
        assertThat(later.select(".svh-progress tbody tr")).hasSize(2);
        assertThat(later.select(".svh-progress tbody tr").first().text()).contains("Established");
        assertThat(later.select(".svh-progress tbody tr").last().text()).contains("Starting");
    }

    @Test
    void coordinatorRewordsAQuestionAndItsStages() throws Exception {
        String coordinator = people.coordinator();
        Document list = page(mvc.perform(get("/coordinator/journey").with(people.signedIn(coordinator))));
        String link = list.select("table a").last().attr("href");
        Document form = page(mvc.perform(get(link).with(people.signedIn(coordinator))));
        MockHttpServletRequestBuilder post = post(link)
                .with(csrf())
                .with(people.signedIn(coordinator))
                .param("text", form.select("#text").text() + " (reworded)");
        for (int i = 0; i < form.select("input[name$=.id]").size(); i++) {
            post.param(
                            "options[" + i + "].id",
                            form.select("input[name=options[" + i + "].id]").val())
                    .param("options[" + i + "].text", "Answer " + i)
                    .param("options[" + i + "].stage", i == 0 ? "DEVELOPING" : "LEADING");
        }
        mvc.perform(post).andExpect(status().is3xxRedirection());
        Document changed = page(mvc.perform(get(link).with(people.signedIn(coordinator))));
        assertThat(changed.select("#text").text()).endsWith("(reworded)");
        assertThat(changed.select("#option-0-text").val()).isEqualTo("Answer 0");
        assertThat(changed.select("#option-0-stage option[selected]").val()).isEqualTo("DEVELOPING");
    }

    /** Answers every question with the option at the given position; returns the result page's address. */
    private String answerAll(long organisation, String email, int position) throws Exception {
        Document form =
                page(mvc.perform(get("/journey/" + organisation + "/questions").with(people.signedIn(email))));
        MockHttpServletRequestBuilder post =
                post("/journey/" + organisation + "/questions").with(csrf()).with(people.signedIn(email));
        for (Element fieldset : form.select("fieldset")) {
            Element option = fieldset.select("input[type=radio]").get(position);
            post.param(option.attr("name"), option.val());
        }
        return mvc.perform(post)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static Document page(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
        return Jsoup.parse(actions.andReturn().getResponse().getContentAsString());
    }
}
