package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.opportunities.NewOpportunity;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.OpportunityKind;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Titles and long texts have limits the forms state and the server checks, with a message naming the limit. */
@HubTest
class TextLimitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Evaluations evaluations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Opportunities opportunities;

    @Test
    void textPastItsStatedLimitIsRefusedWithAMessageNamingTheLimit() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Verbose Council");
        String email = people.person("verbose-buyer", buyer, Role.BUYER);
        String longTitle = "Cleaning ".repeat(23);
        String novel = "x".repeat(10_001);

        Document form = page(get("/opportunities/new"), email);
        assertThat(form.select("#title-hint").text()).isEqualTo("Up to 200 characters, on one line.");
        assertThat(form.select("#description-hint").text()).endsWith("Up to 10,000 characters.");

        Document refused = page(
                post("/opportunities/new")
                        .param("buyerId", String.valueOf(buyer))
                        .param("title", longTitle)
                        .param("kind", "CONTRACT")
                        .param("description", novel),
                email);
        assertThat(refused.select(".govuk-error-summary li").eachText())
                .contains("The title must be 200 characters or fewer", "This must be 10000 characters or fewer");
        assertThat(page(
                                post("/opportunities/new")
                                        .param("buyerId", String.valueOf(buyer))
                                        .param("title", "Two\nlines")
                                        .param("kind", "CONTRACT"),
                                email)
                        .select(".govuk-error-summary li")
                        .eachText())
                .contains("The title must be on one line");
        assertThat(page(post("/events/new").param("title", "Meet\r\nthe buyer"), email)
                        .select(".govuk-error-summary li")
                        .eachText())
                .contains("The title must be on one line");
        assertThat(jdbc.sql("select count(*) from opp_opportunity where title in (:a, 'Two\nlines')")
                        .param("a", longTitle)
                        .query(Integer.class)
                        .single())
                .isZero();

        Evaluations.Scenario open = evaluations.openWithBids(Instant.now().plus(2, ChronoUnit.DAYS));
        String bidder = open.supplierEmails().get(0);
        String bid = "/evaluations/" + open.opportunityId() + "/bid";
        Document bidPage = page(get(bid), bidder);
        String question = bidPage.select("textarea[name^=answers]").first().attr("name");
        assertThat(bidPage.select("[id$=-hint]").eachText())
                .anyMatch(hint -> hint.endsWith("Up to 10,000 characters."));
        assertThat(page(
                                post(bid)
                                        .param("action", "save")
                                        .param("price", "400000")
                                        .param(question, novel),
                                bidder)
                        .select(".govuk-error-summary li")
                        .eachText())
                .contains("This must be 10000 characters or fewer");
    }

    @Test
    void aFrameworkMeasureNamePastTwoHundredCharactersIsRefusedAndTheDraftKeepsItsMeasures() throws Exception {
        String coordinator = people.coordinator();
        Document form = page(get("/coordinator/framework/measures/new"), coordinator);
        assertThat(form.select("#measureName-hint").text()).isEqualTo("Up to 200 characters, on one line.");
        assertThat(form.select("#countingRules-hint").text()).endsWith("Up to 10,000 characters.");
        assertThat(form.select("[data-module=govuk-character-count]:has(#countingRules)")
                        .attr("data-maxlength"))
                .isEqualTo("10000");
        assertThat(form.select("#countingRules-info").text()).isEqualTo("You can enter up to 10,000 characters");
        String longName = "Apprentices ".repeat(17) + System.nanoTime();

        Document refused = page(
                post("/coordinator/framework/measures/new")
                        .param("draftId", form.select("#draftId").val())
                        .param("measureCode", "ZZ" + (System.nanoTime() % 90 + 10))
                        .param("measureName", longName)
                        .param("countingRules", "x".repeat(10_001)),
                coordinator);
        assertThat(refused.select(".govuk-error-summary li").eachText())
                .contains("The name must be 200 characters or fewer", "This must be 10000 characters or fewer");
        assertThat(mvc.perform(get("/coordinator/framework/draft/csv").with(people.signedIn(coordinator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(longName);
    }

    @Test
    void anEvaluationQuestionTitleIsATitleOfTwoHundredCharactersAndItsGuidanceALongText() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Long Question Council");
        String email = people.person("long-question-buyer", buyer, Role.BUYER);
        long id = opportunities.create(new NewOpportunity(
                buyer,
                "Questioned contract",
                null,
                OpportunityKind.CONTRACT,
                List.of(),
                new BigDecimal("200000"),
                null,
                Instant.now().plus(10, ChronoUnit.DAYS),
                List.of()));
        String longTitle = "How will you staff it? ".repeat(9) + id;
        mvc.perform(post("/evaluations/" + id + "/model")
                .with(csrf())
                .with(people.signedIn(email))
                .param("priceWeight", "40")
                .param("qualityWeight", "40")
                .param("socialWeight", "20")
                .param("descriptors[0]", "a")
                .param("descriptors[1]", "b")
                .param("descriptors[2]", "c")
                .param("descriptors[3]", "d")
                .param("descriptors[4]", "e"));
        assertThat(page(get("/evaluations/" + id + "/model"), email)
                        .select("#title-hint")
                        .text())
                .isEqualTo("Up to 200 characters, on one line.");

        Document refused = page(
                post("/evaluations/" + id + "/model/questions")
                        .param("section", "QUALITY")
                        .param("title", longTitle)
                        .param("guidance", "x".repeat(10_001))
                        .param("weight", "1"),
                email);
        assertThat(refused.select(".govuk-error-summary li").eachText())
                .contains("The question must be 200 characters or fewer", "This must be 10000 characters or fewer");
        assertThat(jdbc.sql("select count(*) from eval_question where title = :t")
                        .param("t", longTitle)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anOrganisationNamePastTwoHundredCharactersOrOnTwoLinesIsRefusedOnTheProfile() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Short Name Supplies");
        String admin = people.person("short-name-admin", supplier, Role.SUPPLIER, Role.ORG_ADMIN);
        String profile = "/organisations/" + supplier + "/profile";
        String name = jdbc.sql("select name from org_organisation where id = :id")
                .param("id", supplier)
                .query(String.class)
                .single();
        assertThat(page(get(profile), admin).select("#name-hint").text())
                .isEqualTo("Up to 200 characters, on one line.");

        assertThat(profileErrors(profile, "Supplies ".repeat(23), admin))
                .contains("The organisation’s name must be 200 characters or fewer");
        assertThat(profileErrors(profile, "Short Name\nSupplies", admin))
                .contains("The organisation’s name must be on one line");
        assertThat(jdbc.sql("select name from org_organisation where id = :id")
                        .param("id", supplier)
                        .query(String.class)
                        .single())
                .isEqualTo(name);
    }

    @Test
    void aCaseStudyFactPastItsLimitIsRefusedAndNoResourceIsCreated() throws Exception {
        String coordinator = people.coordinator();
        assertThat(page(get("/coordinator/resources/new"), coordinator)
                        .select("[id='facts.sector-hint']")
                        .text())
                .isEqualTo("Up to 200 characters, on one line.");
        String slug = "long-facts-" + System.nanoTime();

        Document refused = page(
                post("/coordinator/resources/new")
                        .param("slug", slug)
                        .param("kind", "CASE_STUDY")
                        .param("title", "Wychwood Bakery")
                        .param("facts.sector", "Food ".repeat(41))
                        .param("facts.whatTheyDid", "x".repeat(10_001)),
                coordinator);
        assertThat(refused.select(".govuk-error-summary li").eachText())
                .contains("This must be 200 characters or fewer", "This must be 10000 characters or fewer");
        assertThat(jdbc.sql("select count(*) from resource_item where slug = :s")
                        .param("s", slug)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anInvitedPersonsNamePastOneHundredAndTwentyCharactersIsRefusedAndNoAccountIsMade() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Inviting Council");
        String email = People.uniqueEmail("long-name-invitee");
        String token = "long-name-" + System.nanoTime();
        jdbc.sql("""
                insert into account_invitation (token_hash, email, organisation_id, roles, expires_at)
                values (:h, :e, :o, 'BUYER', now() + interval '1 day')""")
                .param(
                        "h",
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256")
                                        .digest(token.getBytes(StandardCharsets.UTF_8))))
                .param("e", email)
                .param("o", buyer)
                .update();
        assertThat(Jsoup.parse(mvc.perform(get("/invitations/" + token))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#displayName-hint")
                        .text())
                .isEqualTo("Up to 120 characters.");

        Document refused = Jsoup.parse(mvc.perform(post("/invitations/" + token)
                        .with(csrf())
                        .param("displayName", "Alexandra ".repeat(13))
                        .param("password", People.PASSWORD)
                        .param("confirmPassword", People.PASSWORD))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary li").eachText())
                .contains("Your name must be 120 characters or fewer");
        assertThat(jdbc.sql("select count(*) from account_user where lower(email) = lower(:e)")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private List<String> profileErrors(String profile, String name, String admin) throws Exception {
        return page(
                        post(profile)
                                .param("name", name)
                                .param("legalForm", "COMPANY")
                                .param("sizeBand", "SMALL")
                                .param("postcode", "OX4 2JY"),
                        admin)
                .select(".govuk-error-summary li")
                .eachText();
    }

    private Document page(MockHttpServletRequestBuilder request, String email) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(csrf()).with(people.signedIn(email)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
