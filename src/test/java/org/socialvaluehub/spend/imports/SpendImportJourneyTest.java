package org.socialvaluehub.spend.imports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.BrowserTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A buyer uploads a messy spend file, fixes the column the reader could not be sure of, imports it and reads the
 * dashboard.
 */
class SpendImportJourneyTest extends BrowserTest {

    @Autowired
    People people;

    @Test
    void buyerUploadsFixesAColumnImportsAndReadsTheDashboard() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Journey Council");
        String email = people.person("spend-journey", buyer, Role.BUYER);
        open("/sign-in");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(People.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Spend").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Spend");
        checkPage("empty-dashboard");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import spend"))
                .click();
        checkPage("upload");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check columns"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose a spend file to upload");
        checkPage("upload-error");
        page.getByLabel("Spend file").setInputFiles(Path.of("src/test/resources/spend/ambiguous-amounts.csv"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check columns"))
                .click();

        assertThat(page.locator("h1")).hasText("Check the columns");
        assertThat(page.locator("main")).containsText("could each be the amount");
        checkPage("mapping");
        page.getByLabel("Column 3 holds").selectOption("amount");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save columns and preview"))
                .click();

        assertThat(page.locator("h1")).hasText("Preview the import");
        assertThat(page.locator("table")).containsText("Both Sums Ltd");
        assertThat(page.locator("table")).containsText("Accepted");
        checkPage("preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the file"))
                .click();

        assertThat(page.locator(".govuk-panel")).containsText("Import complete");
        checkPage("imported");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the spend dashboard"))
                .click();

        assertThat(page.locator("dl").first()).containsText("£100");
        assertThat(page.locator("#spend-months")).containsText("May 2024");
        checkPage("dashboard");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What counts as influenceable spend"))
                .click();
        assertThat(page.locator("table")).containsText("Payments to HMRC are tax");
        checkPage("rules");

        open("/spend/partnership");
        assertThat(page.locator("h1")).hasText("Partnership spend");
        checkPage("partnership");
    }
}
