package org.socialvaluehub.evaluation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.BrowserTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.opportunities.NewOpportunity;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.OpportunityKind;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole evaluation in a browser: the buyer sets the model, two suppliers bid, the deadline passes, two
 * evaluators declare and score, the buyer moderates, reads the results and sensitivity, decides and awards,
 * and the PDF report reads as text. Axe checks every page.
 */
class EvaluationJourneyTest extends BrowserTest {

    /** Long enough for the model and both bids to be entered through the browser on a busy machine. */
    @Autowired
    People people;

    @Autowired
    Opportunities opportunities;

    @Autowired
    EvaluationModels models;

    @Autowired
    SealedBids sealed;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void buyerSetsTheModelSuppliersBidEvaluatorsScoreAndTheBuyerAwardsWithAReport() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Journey Council");
        String buyerEmail = people.person("journey-buyer", buyer, Role.BUYER);
        String approverEmail = people.person("journey-approver", buyer, Role.BUYER);
        List<String> evaluators =
                List.of(people.person("ada", buyer, Role.EVALUATOR), people.person("ben", buyer, Role.EVALUATOR));
        List<Long> suppliers = List.of(
                people.organisation(OrganisationKind.SUPPLIER, "Wren Cleaning"),
                people.organisation(OrganisationKind.SUPPLIER, "Heron Services"));
        List<String> bidders = List.of(
                people.person("wren", suppliers.get(0), Role.SUPPLIER),
                people.person("heron", suppliers.get(1), Role.SUPPLIER));
        Instant deadline = Instant.now().plusSeconds(3600);
        long id = opportunities.create(new NewOpportunity(
                buyer,
                "Journey library cleaning",
                null,
                OpportunityKind.CONTRACT,
                List.of(),
                new BigDecimal("300000"),
                null,
                deadline,
                List.of()));
        String base = "/evaluations/" + id;
        signIn(buyerEmail);
        open(base + "/model");
        checkPage("model-new");
        page.getByLabel("Price (%)").fill("50");
        page.getByLabel("Quality (%)").fill("30");
        page.getByLabel("Social value (%)").fill("20");
        button("Save weights and rubric").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The evaluation model has been saved.");
        addQuestion("QUALITY", "How will you keep the libraries clean?");
        addQuestion("SOCIAL", "How will you hire people facing barriers to work?");
        Locator measure = page.locator("form[action$='/model/measures']");
        measure.getByLabel("Measure").selectOption("JS04");
        measure.getByLabel("Scoring method").selectOption("value-over-best");
        measure.locator("button").click();
        assertThat(page.locator("main")).containsText("Relative to the best bid");
        checkPage("model-set");
        opportunities.moveTo(id, OpportunityStatus.OPEN);
        open(base + "/how-bids-are-scored");
        assertThat(page.locator("#criteria")).containsText("How will you hire people facing barriers to work?");
        checkPage("published-model");
        List<Question> questions = models.find(
                        Evaluation.whole(opportunities.find(id).orElseThrow()))
                .orElseThrow()
                .questions();
        bid(bidders.get(0), base, "280000", "Daily checks by a named supervisor", "Six places with Aspire", "8");
        checkPage("bid-submitted");
        bid(bidders.get(1), base, "260000", "Weekly checks", "We advertise locally", "2");
        signIn(buyerEmail);
        open(base);
        assertThat(page.locator("#received")).containsText("2 bids");
        for (String evaluator : evaluators) {
            page.getByLabel("Name an evaluator")
                    .selectOption(new com.microsoft.playwright.options.SelectOption()
                            .setLabel(evaluator.substring(0, 3) + " (" + evaluator + ")"));
            button("Name evaluator").click();
        }
        assertThat(page.locator("#evaluators tbody tr")).hasCount(2);
        checkPage("overview-sealed");
        clock.advancePast(deadline); // the deadline passes without waiting an hour
        List<Long> bids = suppliers.stream()
                .map(s -> sealed.own(Evaluation.whole(opportunities.find(id).orElseThrow()), s)
                        .orElseThrow()
                        .id())
                .toList();
        for (int e = 0; e < 2; e++) {
            signIn(evaluators.get(e));
            open(base + "/conflicts");
            for (long supplier : suppliers) {
                page.locator("#none-" + supplier).check();
            }
            checkPage("conflicts-" + e);
            button("Save declarations").click();
            for (int b = 0; b < 2; b++) {
                Locator section = page.locator("#bid-" + bids.get(b));
                assertThat(section.locator("a[href*='/files/']")).containsText("evidence.pdf");
                for (Question q : questions) {
                    String key = bids.get(b) + "-" + q.id();
                    section.locator("#score-" + key + "-" + (b == 0 ? "75" : (e == 0 ? "50" : "25")))
                            .check();
                    section.locator("#justification-" + key).fill("Evaluator " + e + " on bid " + b);
                }
                section.locator("button").click();
                assertThat(page.locator(".govuk-notification-banner")).containsText("Your scores have been saved.");
            }
            checkPage("scores-" + e);
            button("Submit my scores").click();
            assertThat(page.locator("h1")).hasText("Moderation");
        }
        signIn(buyerEmail);
        open(base + "/moderation");
        for (int b = 0; b < 2; b++) {
            for (Question q : questions) {
                String key = bids.get(b) + "-" + q.id();
                page.locator("#consensus-" + key).selectOption(b == 0 ? "75" : "50");
                page.locator("#rationale-" + key).fill("Agreed for bid " + b);
                page.locator("form[action$='/moderation/" + bids.get(b) + "/" + q.id() + "'] button")
                        .click();
            }
        }
        assertThat(page.locator("td.consensus")).hasCount(4);
        checkPage("moderation");
        open(base + "/results");
        assertThat(page.locator("#ranking tbody tr").first()).containsText("Wren Cleaning");
        assertThat(page.locator(".svh-commitments").first()).containsText("8 people");
        checkPage("results");
        link("Sensitivity").click();
        assertThat(page.locator("#acceptability")).containsText("Rank 1");
        assertThat(page.locator("canvas[data-chart=stability]")).isVisible();
        checkPage("sensitivity");
        open(base + "/decision");
        page.getByLabel("Rationale").fill("Best quality and social value at a fair price");
        button("Record decision").click();
        signIn(approverEmail);
        open(base + "/decision");
        button("Approve the decision").click();
        button("Award the contract").click();
        assertThat(page.locator("#decision")).containsText("Awarded on");
        checkPage("awarded");
        assertThat(opportunities.find(id).orElseThrow().status()).isEqualTo(OpportunityStatus.AWARDED);
        open(base + "/report");
        checkPage("report");
        APIResponse pdf = page.request().get(url(base + "/report.pdf"));
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Evaluation report: Journey library cleaning")
                    .contains("Wren Cleaning")
                    .contains("Heron Services")
                    .contains("Rank acceptability")
                    .contains("Best quality and social value at a fair price");
        }
    }

    private void bid(String email, String base, String price, String quality, String social, String jobs) {
        signIn(email);
        open(base + "/bid");
        page.getByLabel("Price (£)").fill(price);
        page.locator("textarea").nth(0).fill(quality);
        page.locator("textarea").nth(1).fill(social);
        button("Save as draft").click();
        page.locator("#file").setInputFiles(Path.of("src/test/resources/evaluation/files/evidence.pdf"));
        button("Attach file").click();
        assertThat(page.locator("#answer-files")).containsText("evidence.pdf");
        Locator commitment = page.locator("form[action$='/bid/commitments']");
        commitment.getByLabel("Measure").selectOption("JS04");
        commitment.getByLabel("Quantity").fill(jobs);
        commitment.getByLabel("Where the people who benefit live").fill("OX4");
        button("Add commitment").click();
        button("Submit bid").click();
        assertThat(page.locator("#bid-status")).hasText("Submitted");
    }

    private void addQuestion(String section, String title) {
        Locator form = page.locator("form[action$='/model/questions']");
        form.getByLabel("Part of").selectOption(section);
        form.getByLabel("Question", new Locator.GetByLabelOptions().setExact(true))
                .fill(title);
        form.locator("button").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The question has been added.");
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .first();
    }
}
