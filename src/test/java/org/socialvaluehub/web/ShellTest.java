package org.socialvaluehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HubTest
class ShellTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void headerShowsTheServiceAndThePartnershipName() throws Exception {
        Document page = render(get("/"));
        assertThat(page.select(".svh-header__service").text()).isEqualTo("Social Value Hub");
        assertThat(page.select(".svh-header__partnership").text())
                .isEqualTo("Oxfordshire Inclusive Economy Partnership");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/app.css");
        assertThat(page.select("footer a").eachText()).containsExactly("Accessibility statement", "Privacy", "Cookies");
    }

    @Test
    void footerPagesShowTheirTitleAndSections() throws Exception {
        assertThat(render(get("/accessibility")).select("h1").text()).isEqualTo("Accessibility statement");
        assertThat(render(get("/privacy")).select("h1").text()).isEqualTo("Privacy");
        Document cookies = render(get("/cookies"));
        assertThat(cookies.select("h1").text()).isEqualTo("Cookies");
        assertThat(cookies.select("h2").eachText()).contains("Essential cookies only");
        assertThat(render(get("/privacy")).text())
                .contains("The Oxfordshire Inclusive Economy Partnership runs this service");
    }

    @Test
    void navigationFitsTheSignedInPersonsRoles() throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "Nav Supplier");
        assertThat(navigation(get("/"))).doesNotContain("Audit log", "Outbox", "Buyer organisations");
        assertThat(reachableFromHome(people.person("nav-supplier", supplier, Role.SUPPLIER)))
                .doesNotContain("Audit log", "Outbox", "Buyer organisations");
        assertThat(reachableFromHome(people.coordinator())).contains("Buyer organisations", "Audit log", "Outbox");
    }

    @Test
    void aCoordinatorSeesOnlyTheLinksOfTheRolesTheyHold() throws Exception {
        assertThat(reachableFromHome(people.coordinator(CoordinatorRole.DIRECTORY)))
                .contains("Edit framework")
                .doesNotContain(
                        "Audit log",
                        "Outbox",
                        "Buyer organisations",
                        "Coordinators",
                        "Partnership spend",
                        "Supplier matches");
        assertThat(reachableFromHome(people.coordinator(CoordinatorRole.PLATFORM)))
                .contains("Audit log", "Outbox", "Buyer organisations", "Coordinators")
                .doesNotContain("Edit framework");
    }

    @Test
    void theStartPagesBulletsLinkToTheirPagesAndThoseNeedingASignInSaySo() throws Exception {
        var bullets = render(get("/")).select(".svh-card li");
        assertThat(bullets).isNotEmpty();
        for (var bullet : bullets) {
            String href = bullet.select("a").attr("href");
            assertThat(href).as(bullet.text()).startsWith("/");
            String redirect = mvc.perform(get(href)).andReturn().getResponse().getRedirectedUrl();
            boolean needsSignIn = redirect != null && redirect.contains("/sign-in");
            assertThat(bullet.text().endsWith("(for members)"))
                    .as(bullet.text() + " at " + href)
                    .isEqualTo(needsSignIn);
        }
    }

    @Test
    void unknownPageAnswersWithOurNotFoundPage() throws Exception {
        var response = mvc.perform(get("/no-such-page").with(people.signedIn(people.person("lost", null))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void theHeadersSignInLinkComesBackToThePageItWasOn() throws Exception {
        assertThat(render(get("/directory?q=bakery"))
                        .select("header a[href^=/sign-in]")
                        .attr("href"))
                .isEqualTo("/sign-in?next=/directory?q%3Dbakery");
        assertThat(render(get("/")).select("header a[href^=/sign-in]").attr("href"))
                .isEqualTo("/sign-in");
        assertThat(render(get("/register")).select("header a[href^=/sign-in]").attr("href"))
                .isEqualTo("/sign-in");
    }

    @Test
    void visitorsNotSignedInAreToldAnUnknownPageDoesNotExistButSignInForOneThatDoes() throws Exception {
        assertThat(mvc.perform(get("/no-such-page")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/account/no-such-page"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/account")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/sign-in");
    }

    @Test
    void errorPagesAreRenderedInTheShell() throws Exception {
        assertThat(errorPage(404).select("h1").text()).isEqualTo("Page not found");
        assertThat(errorPage(403).select("h1").text()).isEqualTo("You do not have access to this page");
        Document serverError = errorPage(500);
        assertThat(serverError.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(serverError.select(".svh-header__partnership").text())
                .isEqualTo("Oxfordshire Inclusive Economy Partnership");
        assertThat(serverError.text()).doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void healthAndPrometheusMetricsAreServed() throws Exception {
        assertThat(mvc.perform(get("/actuator/health"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"UP\"");
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer test-scrape-token"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    private Document errorPage(int status) throws Exception {
        return render(get("/error")
                .accept(org.springframework.http.MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"));
    }

    /** The links of the navigation bar and of the person's home page, which lists the pages the bar leaves out. */
    private List<String> reachableFromHome(String email) throws Exception {
        return render(get("/home").with(people.signedIn(email)))
                .select(".govuk-service-navigation__link, main a")
                .eachText();
    }

    private List<String> navigation(MockHttpServletRequestBuilder request) throws Exception {
        return render(request).select(".govuk-service-navigation__link").eachText();
    }

    private Document render(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
