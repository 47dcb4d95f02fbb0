package org.socialvaluehub.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.AdjustableClock;
import org.socialvaluehub.BrowserTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.Evaluations;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.organisations.DirectoryFixtures;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role signs in, lands on its home, sees what waits for it and opens its first task. */
class HomeJourneyTest extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Evaluators evaluators;

    @Autowired
    Opportunities opportunities;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSupplierLandsOnItsHomeAndOpensTheOpportunitiesClosingSoon() {
        long supplier = directory.supplier(
                "Journey Cleaners", LegalForm.COMPANY, SizeBand.SMALL, "OX4 1AA", "Cleaning", "90910000-9");
        directory.credential(supplier, "REAL_LIVING_WAGE", true, LocalDate.now().plusDays(10));
        signIn(people.person("journey-supplier", supplier, Role.SUPPLIER, Role.ORG_ADMIN));
        assertThat(page.locator("main h2").first()).hasText("As a supplier");
        checkPage("supplier-home");
        task("Opportunities in your categories closing within 2 weeks");
        assertThat(page.locator("h1")).hasText("Opportunities");
        checkPage("supplier-first-task");
        home();
        task("Credentials expiring within a month");
        assertThat(page.locator(".svh-expiring")).hasCount(1);
        checkPage("supplier-credentials");
    }

    @Test
    void aBuyerLandsOnItsHomeAndOpensTheEvaluationsWaitingForAStep() {
        var scenario = evaluations.openWithBids(Evaluations.closingSoon());
        clock.advancePast(evaluations.deadlineOf(scenario));
        signIn(scenario.buyerEmail());
        assertThat(page.locator("main h2").first()).hasText("As a buyer");
        checkPage("buyer-home");
        task("Evaluations waiting for a step");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluated cleaning contract"))
                .click();
        assertThat(page.locator("main")).containsText("Evaluated cleaning contract");
        checkPage("buyer-first-task");
    }

    @Test
    void anEvaluatorLandsOnItsHomeAndOpensTheScoringItOwes() {
        var scenario = evaluations.openWithBids(Evaluations.closingSoon());
        String evaluator = scenario.evaluatorEmails().get(0);
        evaluators.name(
                Evaluation.whole(opportunities.find(scenario.opportunityId()).orElseThrow()),
                people.userOf(evaluator).id(),
                evaluations.user(scenario.buyerId(), scenario.buyerEmail(), Role.BUYER));
        clock.advancePast(evaluations.deadlineOf(scenario));
        signIn(evaluator);
        assertThat(page.locator("main h2").first()).hasText("As an evaluator");
        checkPage("evaluator-home");
        task("Evaluations to score");
        checkPage("evaluator-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluated cleaning contract"))
                .click();
        checkPage("evaluator-first-task");
    }

    @Test
    void aCoordinatorLandsOnTheTeamsHomeAndOpensTheCredentialsToVerify() {
        long supplier = directory.supplier(
                "Journey Verified Co", LegalForm.COMPANY, SizeBand.SMALL, "OX4 1AA", "Bakery", "15810000-9");
        directory.credential(supplier, "SEUK_MEMBER", false);
        signIn(people.coordinator());
        assertThat(page.locator("main h2").first()).hasText("On the partnership team");
        checkPage("coordinator-home");
        task("Credentials to verify");
        assertThat(page.locator("main")).containsText("Journey Verified Co");
        checkPage("coordinator-first-task");
    }

    private void task(String name) {
        // The first such link is the task's; the coordinator's tools further down may share its name.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .first()
                .click();
    }

    private void home() {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Home").setExact(true))
                .click();
    }
}
