package org.socialvaluehub.organisations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.BrowserTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supplier completes its profile and adds a credential with a PDF certificate, a coordinator
 * verifies it, and a visitor finds the supplier in the directory by that facet and on the map.
 */
class DirectoryJourneyTest extends BrowserTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Test
    void supplierAddsVerifiedCredentialAndVisitorFindsItByFacetAndOnTheMap() {
        long id = people.organisation(OrganisationKind.SUPPLIER, "Hedgerow Joinery");
        String name = organisations.find(id).orElseThrow().name();
        String admin = people.person("journey-admin", id, Role.SUPPLIER, Role.ORG_ADMIN);
        String coordinator = people.coordinator();

        signIn(admin);
        open("/organisations/" + id + "/profile");
        checkPage("edit-profile");
        page.getByLabel("Trading names (optional)").fill("Hedgerow Benches");
        page.getByLabel("Sector (SIC 2007)").selectOption("43320");
        page.getByLabel("Share of your spending with suppliers in the area, in percent")
                .fill("40");
        page.getByLabel("Share of your wage bill paid to staff living in the area, in percent")
                .fill("130");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a whole number from 0 to 100");
        checkPage("edit-profile-errors");
        page.getByLabel("Share of your wage bill paid to staff living in the area, in percent")
                .fill("80");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The profile has been saved.");
        assertThat(page.locator("dl")).containsText("43320 Joinery installation");
        checkPage("profile");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Categories"))
                .click();
        page.getByLabel("Search the categories").fill("joinery work");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Search").setExact(true))
                .click();
        checkPage("categories-search");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Add Joinery work").setExact(true))
                .click();
        assertThat(page.locator("table").first()).containsText("45421000-4");

        open("/organisations/" + id + "/credentials");
        checkPage("credentials");
        page.getByLabel("Credential", new Page.GetByLabelOptions().setExact(true))
                .selectOption("REAL_LIVING_WAGE");
        page.getByLabel("Evidence file").setInputFiles(new FilePayload("living-wage.pdf", "application/pdf", PDF));
        page.getByLabel("Expiry date").fill(LocalDate.now().plusYears(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add credential"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("A coordinator will check it.");
        assertThat(page.locator("table")).containsText("Claimed, not yet verified");
        checkPage("credential-claimed");
        signOut();

        signIn(coordinator);
        open("/coordinator/credentials");
        checkPage("credentials-to-verify");
        page.getByLabel("Organisation name").fill(name);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Filter").setExact(true))
                .click();
        assertThat(page.locator("#queue-count")).hasText("1 credential");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Verify Real Living Wage employer of " + name))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The credential has been verified.");
        signOut();

        open("/directory");
        checkPage("directory");
        page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Real Living Wage employer").check();
        page.getByLabel("With a verified credential").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters"))
                .click();
        assertThat(page.locator("#results-heading")).hasText("1 organisation");
        assertThat(page.locator(".svh-result")).containsText("Real Living Wage employer");
        checkPage("directory-filtered");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map").setExact(true))
                .click();
        assertThat(page.locator(".svh-map-marker")).hasText("1");
        assertThat(page.locator(".svh-map-marker")).hasAttribute("title", "OX4: 1");
        assertThat(page.locator("#directory-districts")).containsText("OX4");
        checkPage("directory-map");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("List").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("dl")).containsText("Real Living Wage employer Verified");
        assertThat(page.locator("dl")).containsText("45421000-4 Joinery work");
        checkPage("public-profile");
    }

    @Test
    void theMapWithItsTilesOutOfReachStillShowsTheMarkersAndSaysWhy() {
        long id = people.organisation(OrganisationKind.SUPPLIER, "Tileless Thatchers");
        String name = organisations.find(id).orElseThrow().name();
        // Every other host is out of reach, the tile server included.
        page.route(address -> !address.startsWith(url("/")), route -> route.abort());

        open("/directory?view=map&q=" + name.replace(' ', '+'));

        assertThat(page.locator("#directory-map")).isVisible();
        assertThat(page.locator(".svh-map-marker")).hasText("1");
        assertThat(page.locator("#directory-map-note")).containsText("could not be loaded");
        assertThat(page.locator(".leaflet-tile-loaded")).hasCount(0);
        page.locator(".svh-map-marker").focus();
        assertThat(page.locator(".leaflet-tooltip")).hasText("OX4: 1");
        checkPage("directory-map-without-tiles");
    }
}
