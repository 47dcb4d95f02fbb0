package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.engagement.support.SupportCategory;
import org.socialvaluehub.engagement.support.SupportDesk;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.bids.Bids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.socialvaluehub.opportunities.Clarifications;
import org.socialvaluehub.opportunities.NewOpportunity;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.OpportunityKind;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.organisations.DirectoryFixtures;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each role's home counts what waits for it, and every count agrees with the list its link opens; the navigation
 * bar stays short for every role.
 */
@HubTest
class HomeTest {

    /** How to count the items of the list each task links to. */
    private static final Map<String, String> ITEMS = Map.ofEntries(
            Map.entry("home.task.answers", "#answers .govuk-summary-card"),
            Map.entry("home.task.evaluations.drafts", "#waiting li"),
            Map.entry("home.task.evaluations.next-step", "#waiting li"),
            Map.entry("home.task.evaluations.to-score", "#waiting li"),
            Map.entry("home.task.evaluations.to-moderate", "#waiting li"),
            Map.entry("home.task.eventRegistrations", "main table tbody tr"),
            Map.entry("home.task.credentialsExpiring", ".svh-expiring"),
            Map.entry("home.task.opportunities.drafts", "main table tbody tr"),
            Map.entry("home.task.opportunities.questions", "main table tbody tr"),
            Map.entry("home.task.importsToConfirm", "#waiting tbody tr"),
            Map.entry("home.task.credentialsToVerify", "main .govuk-summary-card"),
            Map.entry("home.task.claims", "main .govuk-summary-card"),
            Map.entry("home.task.duplicates", "main .govuk-summary-card"),
            Map.entry("home.task.supportRequests", "main table tbody tr"),
            Map.entry("home.task.supplierMatches", "main table tbody tr"),
            Map.entry("home.task.contentToReview", "main table .govuk-tag--yellow, main table .govuk-tag--blue"));

    private static final Pattern LISTING_TOTAL = Pattern.compile("(\\d+) opportunit");

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Opportunities opportunities;

    @Autowired
    EvaluationModels models;

    @Autowired
    Bids bids;

    @Autowired
    Evaluators evaluators;

    @Autowired
    Clarifications clarifications;

    @Autowired
    SupportDesk support;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSuppliersHomeCountsWhatWaitsForItAndEachCountAgreesWithItsList() throws Exception {
        var scenario = evaluations.openWithBids(Instant.now().plus(5, ChronoUnit.DAYS));
        long supplier = directory.supplier(
                "Home Cleaners", LegalForm.COMPANY, SizeBand.SMALL, "OX4 1AA", "Cleaning", "90910000-9");
        String email = people.person("home-supplier", supplier, Role.SUPPLIER, Role.ORG_ADMIN);
        SignedInUser user = people.userOf(email);
        directory.credential(supplier, "REAL_LIVING_WAGE", true, LocalDate.now().plusDays(10));
        directory.credential(supplier, "B_CORP", true, LocalDate.now().plusYears(1));
        Evaluation open =
                Evaluation.whole(opportunities.find(scenario.opportunityId()).orElseThrow());
        bids.saveDraft(open, models.find(open).orElseThrow(), supplier, new BigDecimal("1000"), Map.of(), user);
        long question = clarifications.ask(scenario.opportunityId(), supplier, user.id(), "Can we visit the site?");
        clarifications.answer(scenario.opportunityId(), question, "Yes, on Mondays.");
        opportunities.moveTo(
                opportunities.create(new NewOpportunity(
                        scenario.buyerId(),
                        "Window cleaning for the home test",
                        "Windows",
                        OpportunityKind.CONTRACT,
                        List.of("90911300"),
                        new BigDecimal("20000"),
                        null,
                        Instant.now().plus(6, ChronoUnit.DAYS),
                        List.of())),
                OpportunityStatus.OPEN);

        Map<String, Long> counts = countsAgreeWithTheirLists(email);

        assertThat(counts)
                .containsEntry("home.task.credentialsExpiring", 1L)
                .containsEntry("home.task.evaluations.drafts", 1L)
                .containsEntry("home.task.answers", 1L)
                .containsEntry("home.task.eventRegistrations", 0L);
        assertThat(counts.get("home.task.closingSoon")).isPositive();
    }

    @Test
    void aBuyersAndAnEvaluatorsHomesCountWhatWaitsAndEachCountAgreesWithItsList() throws Exception {
        var scenario = evaluations.openWithBids(Evaluations.closingSoon());
        SignedInUser buyer = evaluations.user(scenario.buyerId(), scenario.buyerEmail(), Role.BUYER);
        opportunities.create(new NewOpportunity(
                scenario.buyerId(),
                "A draft for the home test",
                "Draft",
                OpportunityKind.CONTRACT,
                List.of(),
                new BigDecimal("1000"),
                null,
                Instant.now().plus(30, ChronoUnit.DAYS),
                List.of()));
        clarifications.ask(
                scenario.opportunityId(),
                scenario.supplierIds().get(0),
                people.userOf(scenario.supplierEmails().get(0)).id(),
                "Is there parking?");
        String evaluator = scenario.evaluatorEmails().get(0);
        Evaluation open =
                Evaluation.whole(opportunities.find(scenario.opportunityId()).orElseThrow());
        evaluators.name(open, people.userOf(evaluator).id(), buyer);
        clock.advancePast(evaluations.deadlineOf(scenario));

        assertThat(countsAgreeWithTheirLists(scenario.buyerEmail()))
                .containsEntry("home.task.opportunities.drafts", 1L)
                .containsEntry("home.task.opportunities.questions", 1L)
                .containsEntry("home.task.evaluations.next-step", 1L)
                .containsEntry("home.task.importsToConfirm", 0L);
        assertThat(countsAgreeWithTheirLists(evaluator))
                .containsEntry("home.task.evaluations.to-score", 1L)
                .containsEntry("home.task.evaluations.to-moderate", 0L);
    }

    @Test
    void aCoordinatorsHomeCountsTheTeamsQueuesAndEachCountAgreesWithItsList() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Home Queue Supplier");
        directory.credential(supplier, "SEUK_MEMBER", false);
        String asker = people.person("home-asker", supplier, Role.SUPPLIER);
        support.ask(people.userOf(asker), SupportCategory.values()[0], "Home test question", "Where do I start?");

        Map<String, Long> counts = countsAgreeWithTheirLists(people.coordinator());

        assertThat(counts)
                .containsKeys(
                        "home.task.credentialsToVerify",
                        "home.task.supplierMatches",
                        "home.task.supportRequests",
                        "home.task.claims",
                        "home.task.duplicates",
                        "home.task.contentToReview");
        assertThat(counts.get("home.task.credentialsToVerify")).isPositive();
        assertThat(counts.get("home.task.supportRequests")).isPositive();
    }

    @Test
    void someoneWithSeveralRolesSeesASectionForEach() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Home Two Hats Council");
        String email = people.person("two-hats", buyer, Role.BUYER, Role.EVALUATOR);

        Document home = render(email, "/home");

        assertThat(home.select("main h2").eachText())
                .contains("As a buyer", "As an evaluator")
                .doesNotContain("As a supplier", "On the partnership team");
    }

    @Test
    void theNavigationBarHasAtMostSevenLinksForEveryRoleAndHomeIsOneOfThem() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Home Navigation Council");
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Home Navigation Supplier");
        List<String> everyone = List.of(
                people.person("nav-supplier", supplier, Role.SUPPLIER, Role.ORG_ADMIN),
                people.person("nav-buyer", buyer, Role.BUYER, Role.ORG_ADMIN),
                people.person("nav-evaluator", buyer, Role.EVALUATOR),
                people.person("nav-all", buyer, Role.BUYER, Role.EVALUATOR, Role.ORG_ADMIN),
                people.coordinator());
        assertThat(navigation(Jsoup.parse(page(null, "/"))))
                .hasSizeLessThanOrEqualTo(7)
                .contains("Home");
        for (String email : everyone) {
            List<String> links = navigation(render(email, "/directory"));
            assertThat(links).as(email).hasSizeLessThanOrEqualTo(7).contains("Home");
            assertThat(render(email, "/directory")
                            .select(".govuk-service-navigation__link:contains(Home)")
                            .attr("href"))
                    .isEqualTo("/home");
        }
    }

    /** Follows every task's link from the person's home and checks its count against the items listed there. */
    private Map<String, Long> countsAgreeWithTheirLists(String email) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Element row : render(email, "/home").select(".govuk-summary-list__row")) {
            String key = row.select("dd").attr("data-count");
            long count = Long.parseLong(row.select("dd").text().strip());
            String path = row.select("dt a").attr("href");
            Document list = render(email, path);
            long listed;
            if (key.equals("home.task.closingSoon")) {
                Matcher total = LISTING_TOTAL.matcher(list.select("main h2").text());
                listed = total.find() ? Long.parseLong(total.group(1)) : 0;
            } else {
                assertThat(ITEMS).as("how to count the list of " + key).containsKey(key);
                listed = list.select(ITEMS.get(key)).size();
            }
            assertThat(listed).as(key + " at " + path).isEqualTo(count);
            counts.merge(key, count, Long::sum);
        }
        return counts;
    }

    private static List<String> navigation(Document page) {
        return page.select(".govuk-service-navigation__link").eachText();
    }

    private Document render(String email, String path) throws Exception {
        return Jsoup.parse(page(email, path));
    }

    private String page(String email, String path) throws Exception {
        var request = get(path);
        if (email != null) {
            request = request.with(people.signedIn(email));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
