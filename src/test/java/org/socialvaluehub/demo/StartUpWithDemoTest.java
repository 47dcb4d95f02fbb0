package org.socialvaluehub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.SocialValueHubApplication;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app as {@code ./mvnw spring-boot:run} starts it: demo on, a real web server, directory counts kept for a
 * minute. One start serves every test here (the demo takes a while to load).
 */
class StartUpWithDemoTest {

    private static final AtomicLong organisationsWhenServing = new AtomicLong(-1);
    private static final AtomicLong organisationsWhenReady = new AtomicLong(-1);
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(SocialValueHubApplication.class)
                .listeners(
                        (ApplicationListener<WebServerInitializedEvent>)
                                event -> organisationsWhenServing.set(organisations(event.getApplicationContext())),
                        (ApplicationListener<AvailabilityChangeEvent<?>>) event -> {
                            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                                organisationsWhenReady.set(organisations(
                                        (org.springframework.context.ApplicationContext) event.getSource()));
                            }
                        })
                // Arguments, so they win over the test configuration (which turns the demo off).
                .run("--svh.demo.enabled=true", "--server.port=0", "--svh.directory.facet-counts-kept-for=60s");
        port = app.getEnvironment().getProperty("local.server.port", Integer.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** Organisations committed in the database, read on a connection of its own. */
    private static long organisations(org.springframework.context.ApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("select count(*) from org_organisation")
                .query(Long.class)
                .single();
    }

    @Test
    void theDemoIsCommittedBeforeTheWebServerTakesRequests() {
        assertThat(organisationsWhenServing.get()).isGreaterThanOrEqualTo(DemoBuyers.ALL.size() + DemoData.SUPPLIERS);
    }

    @Test
    void readinessSaysAcceptingTrafficOnlyWithTheDemoLoaded() {
        assertThat(app.getBean(ApplicationAvailability.class).getReadinessState())
                .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(organisationsWhenReady.get()).isGreaterThanOrEqualTo(DemoBuyers.ALL.size() + DemoData.SUPPLIERS);
    }

    @Test
    void theDirectoryCountMatchesTheListRightAfterAnOrganisationIsAdded() throws Exception {
        String tag = "Quillwort" + Long.toString(System.nanoTime(), 36);
        assertThat(directory(tag).select("#results-heading").text()).isEqualTo("No organisations");

        app.getBean(Organisations.class)
                .add(new NewOrganisation(
                        tag + " Gardens CIC",
                        OrganisationKind.SUPPLIER,
                        LegalForm.CIC,
                        SizeBand.MICRO,
                        "OX4 1AA",
                        null,
                        null,
                        false));

        Document page = directory(tag);
        assertThat(page.select("#results-heading").text()).isEqualTo("1 organisation");
        assertThat(page.select(".svh-results").text()).contains(tag + " Gardens CIC");
    }

    private static Document directory(String q) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/directory?q=" + q))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
