package org.socialvaluehub.resources;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.BrowserTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supplier finds resources, takes the self-assessment, follows a next step to a guide, makes a
 * pledge, retakes the self-assessment later and sees progress; a coordinator publishes a case study.
 */
class ResourcesJourneyTest extends BrowserTest {

    @Autowired
    People people;

    @Test
    void supplierTakesTheSelfAssessmentFollowsNextStepsAndSeesProgress() {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Kestrel Joinery");
        String email = people.person("kestrel", supplier, Role.SUPPLIER, Role.ORG_ADMIN);

        open("/resources");
        checkPage("resources");
        page.getByLabel("Search").fill("living wage");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters"))
                .click();
        assertThat(page.locator(".svh-resource-list a").first()).hasText("Pay the Real Living Wage");
        checkPage("resources-search");
        open("/resources/case-study-brambleway-kitchens");
        assertThat(page.locator(".govuk-summary-list")).containsText("Community interest company");
        checkPage("case-study");

        signIn(email);
        link("Your journey").click();
        checkPage("journey");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the self-assessment"))
                .click();
        Locator questions = page.locator("fieldset");
        questions.nth(0).locator("input[type=radio]").nth(1).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my results"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("no answer yet");
        assertThat(page.locator("fieldset").nth(0).locator("input[type=radio]").nth(1))
                .isChecked();
        checkPage("questions-unanswered");

        answerAll(0);
        assertThat(page.locator("h1")).hasText("Your self-assessment results");
        assertThat(page.locator("#stages-table")).containsText("Starting");
        assertThat(page.locator("canvas#stages-chart")).isVisible();
        checkPage("results");
        link("Writing a social value offer").click();
        assertThat(page.locator("h1")).hasText("Writing a social value offer");
        assertThat(page.locator(".svh-contents li")).not().hasCount(0);
        checkPage("guide-from-next-steps");

        link("Home").click(); // signed in, pledges are on the person's home page
        link("Pledges").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage the pledges of Kestrel Joinery"))
                .click();
        page.getByLabel("As an employer: Pay the Real Living Wage").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save pledges"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your pledges have been saved.");
        checkPage("pledges-manage");
        page.locator("table a", new Page.LocatorOptions().setHasText("Pay the Real Living Wage"))
                .click();
        page.getByLabel("Baseline", new Page.GetByLabelOptions().setExact(true))
                .fill("6 of 14 staff on the Real Living Wage");
        page.getByLabel("Progress", new Page.GetByLabelOptions().setExact(true))
                .fill("All 14 staff on the Real Living Wage since April");
        page.getByLabel("Evidence", new Page.GetByLabelOptions().setExact(true)).fill("https://kestrel.example/pay");
        page.getByLabel("Publish the baseline").check();
        checkPage("pledge-progress");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save progress"))
                .click();
        open("/pledges");
        assertThat(page.locator("main")).containsText("All 14 staff on the Real Living Wage since April");
        checkPage("pledges-public");

        open("/home");
        link("Your journey").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the self-assessment again"))
                .click();
        answerAll(2);
        assertThat(page.locator("#stages-table")).containsText("Established");
        assertThat(page.locator(".svh-progress tbody tr")).hasCount(2);
        checkPage("results-progress");
    }

    @Test
    void coordinatorWritesPreviewsAndPublishesACaseStudy() {
        signIn(people.coordinator());
        link("Edit resources").click();
        checkPage("editor-list");
        link("New resource").click();
        String slug = "case-study-larkrise-laundry-" + System.nanoTime();
        page.getByLabel("Web address").fill(slug);
        page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)).selectOption("CASE_STUDY");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Larkrise Laundry: local jobs");
        page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true))
                .fill("Illustrative example. A laundry that hires locally.");
        page.getByLabel("Text in Markdown")
                .fill("**Illustrative example.**\n\n## What they did\n\nHired 4 people.\n\n<script>alert(1)</script>");
        assertThat(page.locator("#preview h2")).hasText("What they did");
        assertThat(page.locator("#preview script")).hasCount(0);
        page.getByLabel("Suppliers").check();
        page.getByLabel("Developing").check();
        page.getByLabel("Jobs and skills").check();
        page.getByText("Case study facts").click();
        page.getByLabel("Type of organisation").fill("Co-operative");
        page.getByLabel("Results", new Page.GetByLabelOptions().setExact(true)).fill("4 local jobs in year one");
        checkPage("editor-new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The draft has been saved.");
        checkPage("editor-draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and publish"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The resource has been published.");
        link("Version history").click();
        assertThat(page.locator("tbody tr")).hasCount(2);
        checkPage("history");

        open("/resources/" + slug);
        assertThat(page.locator("h1")).hasText("Larkrise Laundry: local jobs");
        assertThat(page.locator(".govuk-summary-list")).containsText("4 local jobs in year one");
        checkPage("published-case-study");
    }

    private void answerAll(int option) {
        Locator questions = page.locator("fieldset");
        for (int i = 0; i < questions.count(); i++) {
            questions.nth(i).locator("input[type=radio]").nth(option).check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my results"))
                .click();
    }

    private Locator link(String name) {
        return page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .first();
    }
}
