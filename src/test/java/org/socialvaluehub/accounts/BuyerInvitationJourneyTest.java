package org.socialvaluehub.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A coordinator adds a buyer organisation and invites its admin, who accepts by e-mail and signs in. */
class BuyerInvitationJourneyTest extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorInvitesBuyerAdminWhoAcceptsAndSignsIn() throws Exception {
        String coordinator = people.coordinator();
        String admin = People.uniqueEmail("council-admin");
        signIn(coordinator, People.PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buyer organisations"))
                .click();
        checkPage("buyers");
        page.getByLabel("Organisation name").fill("Otmoor Parish Council");
        page.getByLabel("Postcode").fill("OX3 9ZZ");
        page.getByLabel("E-mail of its first admin").fill("not an address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add and send invitation"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter an e-mail address in the correct format");
        checkPage("buyers-errors");

        page.getByLabel("E-mail of its first admin").fill(admin);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add and send invitation"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Otmoor Parish Council has been added");
        assertThat(page.locator("table")).containsText("Otmoor Parish Council");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Home").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log"))
                .click();
        assertThat(page.locator("table")).containsText("Invitation sent");
        checkPage("audit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();

        open(linkInLatestMailTo(admin));
        assertThat(page.locator("h1")).hasText("Join Otmoor Parish Council");
        checkPage("invitation");
        page.getByLabel("Your name").fill("Pat Parish");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("stile hedge bridleway");
        page.getByLabel("Confirm the new password").fill("stile hedge bridleway");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create your account"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your account is ready");

        signIn(admin, "stile hedge bridleway");
        openAccount();
        assertThat(page.locator("table")).containsText("Otmoor Parish Council");
        assertThat(page.locator("table")).containsText("Organisation admin");
        assertThat(page.locator("table")).containsText("Buyer");
        checkPage("buyer-account");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team and invitations"))
                .click();
        assertThat(page.locator("table")).containsText("Pat Parish");
        checkPage("team");

        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e")
                        .param("e", admin)
                        .query(Long.class)
                        .single())
                .as("sessions live in PostgreSQL")
                .isEqualTo(1L);
    }

    private void signIn(String email, String password) {
        open("/sign-in");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText("What waits for you");
    }

    private void openAccount() {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Your account").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Your account");
    }
}
