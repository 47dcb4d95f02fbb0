package org.socialvaluehub.opportunities;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.BrowserTest;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.opportunities.core.SearchCriteria;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A buyer publishes a contract with social value priorities; a supplier with a saved search gets the
 * e-mail, asks a question; the buyer answers; the supplier sees the answer, published without their name.
 */
class OpportunityJourneyTest extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    Alerts alerts;

    @Autowired
    AlertSender sender;

    @Test
    void buyerPublishesSupplierIsAlertedAsksAndSeesTheAnswer() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Journey Council");
        String buyerEmail = people.person("journey-buyer", buyer, Role.BUYER);
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Journey Hedgers");
        String supplierEmail = people.person("journey-supplier", supplier, Role.SUPPLIER);
        String word = "hedgerow" + System.nanoTime();
        alerts.save(
                accounts.idOf(supplierEmail).orElseThrow(),
                supplierEmail,
                new SearchCriteria(word, "CONTRACT", null, null, null, null, false, false, null),
                Alerts.Frequency.IMMEDIATE);

        signIn(buyerEmail);
        open("/opportunities/manage");
        checkPage("pipeline");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New opportunity"))
                .click();
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Restoring the " + word + "s");
        page.getByLabel("Kind").selectOption("CONTRACT");
        page.getByLabel("Find CPV codes").fill("773100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find codes"))
                .click();
        page.locator("input[name=cpvCodes][value='77310000']").check();
        page.locator("#priority-0").check();
        page.locator("#priority-1").check();
        page.getByLabel("Deadline").fill("2030-06-03");
        page.getByLabel("Questions close").fill("2030-07-01");
        checkPage("new-opportunity");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Questions must close on or before the deadline");
        checkPage("new-opportunity-errors");
        page.getByLabel("Questions close").fill("2030-05-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The opportunity has been saved.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open for bids"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Opened for bids.");
        assertThat(page.locator("main")).containsText("Scored against framework version");
        checkPage("opened");
        signOut();

        sender.send(Alerts.Frequency.IMMEDIATE);
        String link = linkInLatestMailTo(supplierEmail);
        signIn(supplierEmail);
        open(link);
        assertThat(page.locator("h1")).hasText("Restoring the " + word + "s");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Express interest"))
                .click();
        page.getByLabel("Ask a clarification question").fill("May we work at weekends to avoid the school run?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send question"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your question has been sent");
        checkPage("question-asked");
        signOut();

        signIn(buyerEmail);
        open(link + "/questions");
        checkPage("questions");
        page.getByLabel("Answer").fill("Yes, on Saturdays from 8 am.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish answer"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The answer has been published.");
        signOut();

        signIn(supplierEmail);
        open(link);
        assertThat(page.locator("#questions ~ dl")).containsText("Yes, on Saturdays from 8 am.");
        assertThat(page.locator("main")).not().containsText("Journey Hedgers");
        checkPage("answer-seen");
        open("/opportunities?q=" + word);
        checkPage("listing");
    }
}
