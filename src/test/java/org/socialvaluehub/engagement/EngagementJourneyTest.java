package org.socialvaluehub.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.BrowserTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator posts a meet-the-buyer event, a supplier registers, the buyer organising it exports the
 * list; the supplier asks for help, a coordinator answers, and the supplier reads the answer from the e-mail.
 */
class EngagementJourneyTest extends BrowserTest {

    @Autowired
    People people;

    @Test
    void eventRegistrationAndASupportRequestFromStartToAnswer() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Wychwood Council");
        String organiser = people.person("wychwood-buyer", buyer, Role.BUYER);
        long supplierOrg = people.organisation(OrganisationKind.SUPPLIER, "Kestrel Joinery");
        String supplier = people.person("kestrel", supplierOrg, Role.SUPPLIER, Role.ORG_ADMIN);
        String coordinator = people.coordinator();
        String title = "Meet the buyer: joinery and fit-out " + System.nanoTime();

        signIn(coordinator);
        link("Events").click();
        checkPage("events-empty-or-listed");
        link("Post an event").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the event"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title");
        checkPage("event-form-errors");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Description").fill("Hear about next year’s joinery and fit-out work.");
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true))
                .fill(LocalDate.now().plusDays(14).toString());
        page.getByLabel("Start time").fill("10:00");
        page.getByLabel("End time").fill("12:00");
        page.getByLabel("In person").check();
        page.getByLabel("Venue and address").fill("Wychwood Town Hall, Market Square");
        page.getByLabel("Postcode").fill("OX28 6AA");
        page.getByLabel("Number of places").fill("20");
        page.getByLabel("Buyer organisation")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel(page.locator(
                                        "#buyerId option", new Page.LocatorOptions().setHasText("Wychwood Council"))
                                .first()
                                .textContent()));
        checkPage("event-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the event"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The event has been posted.");
        String eventPath = page.url().replaceFirst("^https?://[^/]+", "");
        checkPage("event-posted");

        signOut();
        link("Events").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        link("Sign in to register for this event").click(); // and back to the event once signed in
        page.getByLabel("E-mail address").fill(supplier);
        page.getByLabel("Password").fill(org.socialvaluehub.accounts.People.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText(title);
        checkPage("event-for-supplier");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register for this event"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have a place at this event.");
        assertThat(page.locator(".govuk-inset-text")).containsText("We will e-mail you a reminder the day before.");
        checkPage("event-registered");

        context.clearCookies();
        signIn(organiser);
        open(eventPath);
        link("See who has registered").click();
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody")).containsText(supplier);
        checkPage("registrations");
        Download download =
                page.waitForDownload(() -> link("Download the list (CSV)").click());
        String csv = Files.readString(download.path());
        assertThat(csv)
                .startsWith("name,organisation,email,registered_at,status")
                .contains("Kestrel Joinery", supplier);

        open(eventPath);
        link("Change the event").click();
        page.getByLabel("Number of places").fill("25");
        checkPage("event-change");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the changes"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The event has been changed.");
        link("Cancel the event").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the event"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the event is cancelled");
        checkPage("event-cancel-errors");
        page.getByLabel("Why is it cancelled?").fill("The venue is closed; we will post a new date soon.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the event"))
                .click();
        assertThat(page.locator("#cancelled")).containsText("The venue is closed");
        checkPage("event-cancelled");

        context.clearCookies();
        signIn(supplier);
        link("Ask for help").click();
        checkPage("support");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for help"))
                .or(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Ask for help").setExact(true)))
                .last()
                .click();
        page.getByLabel("Brokerage").check();
        page.getByLabel("Subject").fill("Looking for a fit-out partner");
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true))
                .fill("We would like to bid with a larger firm.");
        checkPage("support-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the request"))
                .click();
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Your request has been sent to the coordinators.");
        checkPage("support-thread");

        context.clearCookies();
        signIn(coordinator);
        link("Support requests").click();
        checkPage("support-queue");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Looking for a fit-out partner"))
                .first()
                .click();
        page.getByLabel("Your answer")
                .fill("Two fit-out firms in the directory welcome partners; we have introduced you.");
        checkPage("support-answer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answer"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("the requester has been e-mailed");

        String link = linkInLatestMailTo(supplier);
        assertThat(link).matches("/support/\\d+");
        context.clearCookies();
        signIn(supplier);
        open(link);
        assertThat(page.locator("main")).containsText("Two fit-out firms in the directory welcome partners");
        assertThat(page.locator("main")).containsText("Answered");
        checkPage("support-answered");
    }

    private Locator link(String name) {
        return page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .first();
    }
}
