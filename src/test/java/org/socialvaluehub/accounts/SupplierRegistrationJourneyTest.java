package org.socialvaluehub.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.BrowserTest;

/** A supplier registers, confirms the e-mail from the real mail, signs in, edits the profile and signs out. */
class SupplierRegistrationJourneyTest extends BrowserTest {

    @Test
    void supplierRegistersConfirmsSignsInEditsProfileAndSignsOut() throws Exception {
        String email = People.uniqueEmail("journey");
        context.request().get(url("/images/favicon.svg")); // a file never sets the form cookie: a late
        org.assertj.core.api.Assertions.assertThat(context.cookies()).isEmpty(); // one would replace a form's token
        open("/sign-in"); // showing a form keeps its token in an HttpOnly cookie and starts no session
        org.assertj.core.api.Assertions.assertThat(context.cookies())
                .extracting(c -> c.name)
                .contains("SVH_CSRF")
                .doesNotContain("SVH_SESSION");
        org.assertj.core.api.Assertions.assertThat(context.cookies())
                .filteredOn(c -> c.name.equals("SVH_CSRF"))
                .allMatch(c -> c.httpOnly);
        context.clearCookies(); // as if the visitor signed out in another tab: the form here has expired
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill("riverbank otter lantern");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText("This form has expired");
        checkPage("form-expired");
        page.locator("#back-to-form").click();
        assertThat(page.locator("h1")).hasText("Sign in");
        open("/");
        checkPage("start");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register your organisation"))
                .click();
        checkPage("register");

        page.getByLabel("Your name").fill("Jo Joiner");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill("short");
        page.getByLabel("Organisation name").fill("Hedgerow Joinery CIC");
        page.getByLabel("Legal form").selectOption("CIC");
        page.getByLabel("Size").selectOption("MICRO");
        page.getByLabel("Postcode").fill("ox14 3db");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Password must be at least 10 characters");
        checkPage("register-errors");

        page.getByLabel("Password").fill("riverbank otter lantern");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register"))
                .click();
        assertThat(page.locator("h1")).hasText("Check your e-mail");
        checkPage("check-email");

        open(linkInLatestMailTo(email));
        assertThat(page.locator("h1")).hasText("E-mail address confirmed");
        checkPage("confirmed");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .last()
                .click();
        checkPage("sign-in");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill("riverbank otter lantern");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText("What waits for you");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Your account").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Your account");
        assertThat(page.locator("table")).containsText("Hedgerow Joinery CIC");
        checkPage("account");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit profile"))
                .click();
        checkPage("edit-profile");
        page.getByLabel("Website (optional)").fill("https://hedgerow-joinery.example");
        page.getByLabel("Social value offer (optional)").fill("We train two apprentices a year from Abingdon.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The profile has been saved.");
        assertThat(page.locator("main")).containsText("We train two apprentices a year from Abingdon.");
        assertThat(page.locator("main")).containsText("OX14");
        checkPage("profile");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out.");
        open("/account");
        assertThat(page.locator("h1")).hasText("Sign in");
    }
}
