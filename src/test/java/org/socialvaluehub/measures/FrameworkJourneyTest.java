package org.socialvaluehub.measures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.BrowserTest;
import org.socialvaluehub.accounts.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Anyone browses and searches the framework; a coordinator edits a draft measure, publishes a version and sets
 * priorities.
 */
class FrameworkJourneyTest extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    FrameworkDrafts drafts;

    @Autowired
    PublishedFramework published;

    @Test
    void coordinatorEditsADraftMeasurePublishesAVersionAndSetsPriorities() {
        // The whole framework is one long page (37 measure cards): its full-page screenshot and axe run can
        // take longer than the usual 15 s on a loaded 2-core machine.
        page.setDefaultTimeout(60_000);
        drafts.save(null, published.first().content());
        open("/framework");
        assertThat(page.locator("#measure-CW04")).containsText("£13,000.00 central");
        checkPage("framework");
        page.getByLabel("Search the measures").fill("emissions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        assertThat(page.locator("#measure-EC01")).isVisible();
        assertThat(page.locator("#measure-JS01")).hasCount(0);
        checkPage("framework-search");

        String coordinator = people.coordinator();
        open("/sign-in");
        page.getByLabel("E-mail address").fill(coordinator);
        page.getByLabel("Password").fill(People.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit framework"))
                .click();
        assertThat(page.locator("h1")).hasText("Draft of the next framework version");
        checkPage("draft");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit CW04"))
                .click();
        page.getByLabel("Central value (£)").fill("13,500");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save in the draft"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Central value (£) is not a number: '13,500'");
        checkPage("measure-errors");
        page.getByLabel("Central value (£)").fill("13500");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save in the draft"))
                .click();
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Measure CW04 has been saved in the draft.");
        assertThat(page.locator("table").first()).containsText("13500");

        page.getByLabel("Change log note").fill("Raise the central WELLBY value to £13,500.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish as a new version"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("of the framework has been published.");
        assertThat(page.locator("#measure-CW04")).containsText("£13,500.00 central");
        checkPage("published-version");

        open("/framework/compare");
        assertThat(page.locator("table")).containsText("13500");
        checkPage("compare");

        open("/coordinator/framework/priorities");
        for (var input : page.locator("input[data-outcome]").all()) {
            input.fill("0");
        }
        page.locator("#points-JS2").fill("60");
        page.locator("#points-EC1").fill("30");
        assertThat(page.locator("#points-total")).hasText("Total: 90 points (10 left to share)");
        page.getByLabel("Reasoning").fill("Work for people facing barriers first, then carbon, then local spend.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish these priorities"))
                .click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("The points total 90; they must total exactly 100 (add 10)");
        checkPage("priorities-errors");
        page.locator("#points-LE1").fill("10");
        assertThat(page.locator("#points-total")).hasText("Total: 100 points (0 left to share)");
        assertThat(page.locator("[data-points-for=LE1]")).hasText("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish these priorities"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The priorities have been published.");
        assertThat(page.locator("details").first()).containsText("Work for people facing barriers first");
        checkPage("priorities");
    }
}
