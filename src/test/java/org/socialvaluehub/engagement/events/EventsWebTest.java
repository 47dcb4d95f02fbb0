package org.socialvaluehub.engagement.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HubTest
class EventsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBuyerPostsAnEventForTheirOrganisationAndItIsListedPublicly() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Posting Council");
        String email = people.person("poster", buyer, Role.BUYER);
        String title = "Roads supplier day " + System.nanoTime();
        String location = mvc.perform(validForm(email, title).param("buyerId", String.valueOf(buyer)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(location).matches("/events/\\d+");
        Document page =
                Jsoup.parse(mvc.perform(get(location)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.text())
                .contains(
                        "Posting Council",
                        "Town Hall, Oxford",
                        "OX1 1BX",
                        "40 of 40 places left",
                        "10am to 12:30pm (UK time)");
        assertThat(mvc.perform(get("/events")).andReturn().getResponse().getContentAsString())
                .contains(title);
    }

    @Test
    void theEventFormHasEachFieldOnceSoNothingTypedIsSentTwice() throws Exception {
        Document form = Jsoup.parse(mvc.perform(get("/events/new").with(people.signedIn(people.coordinator())))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(form.select("form[action=/events/new] textarea[name=description]"))
                .hasSize(1);
        assertThat(form.select("form[action=/events/new] textarea, form[action=/events/new] input:not([type=radio])")
                        .eachAttr("name"))
                .doesNotHaveDuplicates();
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Careless Council");
        long other = people.organisation(OrganisationKind.BUYER, "Other Council");
        String email = people.person("careless", buyer, Role.ORG_ADMIN);
        int before = count();
        String html = mvc.perform(post("/events/new")
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("title", "Bad event")
                        .param("date", LocalDate.now().minusDays(3).toString())
                        .param("startTime", "14:00")
                        .param("endTime", "13:00")
                        .param("format", "ONLINE")
                        .param("onlineLink", "http://meet.example.org")
                        .param("capacity", "0")
                        .param("buyerId", String.valueOf(other)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select(".govuk-error-summary li").eachText())
                .containsExactlyInAnyOrder(
                        "The date must be today or in the future",
                        "The end time must be after the start time",
                        "Enter a secure joining link that starts with https://, like"
                                + " https://meet.example.org/buyer-day",
                        "The number of places must be 1 or more",
                        "Choose one of your buyer organisations");
        assertThat(count()).isEqualTo(before);

        html = mvc.perform(post("/events/new")
                        .with(csrf())
                        .with(people.signedIn(email))
                        .param("title", "No venue")
                        .param("date", LocalDate.now().plusDays(3).toString())
                        .param("startTime", "10:00")
                        .param("endTime", "11:00")
                        .param("format", "IN_PERSON")
                        .param("capacity", "many")
                        .param("buyerId", String.valueOf(buyer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select(".govuk-error-summary li").eachText())
                .containsExactlyInAnyOrder(
                        "Enter the venue and address",
                        "Enter a full UK postcode, like OX1 1BX",
                        "Enter the number of places as a whole number, like 40");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void whenFullPeopleJoinTheWaitingListAndNobodyRegistersTwice() throws Exception {
        Event event = fixtures.upcoming("Small breakfast", 1, null);
        String first = supplierPerson("first");
        String second = supplierPerson("second");

        assertThat(register(event, first)).isEqualTo("events.registered");
        assertThat(register(event, first)).isEqualTo("events.register.already");
        assertThat(register(event, second)).isEqualTo("events.waiting");
        assertThat(mvc.perform(get("/events/" + event.id()).with(people.signedIn(second)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("You are on the waiting list.");
        assertThat(jdbc.sql("select count(*) from eng_registration where event_id = :id")
                        .param("id", event.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(mvc.perform(get("/events/" + event.id()).with(people.signedIn(supplierPerson("third"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("This event is full.", "Join the waiting list");
    }

    @Test
    void cancellingAPlaceGivesItToTheFirstPersonWaitingWhoIsEmailed() throws Exception {
        Event event = fixtures.upcoming("Cancelled place", 1, null);
        String first = supplierPerson("leaving");
        String second = supplierPerson("waiting");
        register(event, first);
        register(event, second);

        mvc.perform(post("/events/" + event.id() + "/registration/cancel")
                .with(csrf())
                .with(people.signedIn(first)));

        assertThat(jdbc.sql("select status from eng_registration where email = :e")
                        .param("e", second)
                        .query(String.class)
                        .single())
                .isEqualTo("REGISTERED");
        assertThat(jdbc.sql("select body from mail_message where recipient = :e order by id desc limit 1")
                        .param("e", second)
                        .query(String.class)
                        .single())
                .contains("a place has become free at Cancelled place", "/events/" + event.id());
    }

    @Test
    void onlyTheOrganisersSeeAndExportTheRegistrationsSafely() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Organising Council");
        Event event = fixtures.upcoming("Export day", 10, buyer);
        long supplier = people.organisation(OrganisationKind.SUPPLIER, "=HYPERLINK(\"http://evil\")");
        String attacker = people.person("+attacker", supplier, Role.SUPPLIER);
        register(event, attacker);

        String csv = mvc.perform(get("/events/" + event.id() + "/registrations.csv")
                        .with(people.signedIn(people.person("organiser", buyer, Role.BUYER))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("name,organisation,email,registered_at,status");
        assertThat(lines[1])
                .startsWith("'+attacker,\"'=HYPERLINK(\"\"http://evil\"\") ")
                .contains(",'" + attacker + ",")
                .endsWith(",registered")
                .matches(".*,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},registered");
        assertThat(lines).hasSize(2);

        for (String outsider : new String[] {
            attacker,
            people.person(
                    "other-buyer", people.organisation(OrganisationKind.BUYER, "Other"), Role.BUYER, Role.ORG_ADMIN)
        }) {
            assertThat(mvc.perform(get("/events/" + event.id() + "/registrations")
                                    .with(people.signedIn(outsider)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(get("/events/" + event.id() + "/registrations.csv")
                                    .with(people.signedIn(outsider)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/events/" + event.id() + "/registrations")
                                .with(people.signedIn(people.coordinator())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(attacker);
    }

    @Test
    void theApiListsUpcomingEventsButNeverWhoRegisteredNorTheJoiningLink() throws Exception {
        Event event = fixtures.upcoming("Api day", 5, null);
        String person = supplierPerson("api-visitor");
        register(event, person);

        String one = mvc.perform(get("/api/v1/events/" + event.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String list = mvc.perform(get("/api/v1/events").param("size", "100"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(one).contains("\"title\":\"Api day\"", "\"placesLeft\":4", "\"capacity\":5");
        for (String json : new String[] {one, list}) {
            assertThat(json).doesNotContain(person, "api-visitor", "onlineLink", "registrations");
        }
        assertThat(list).contains("\"page\":1", "\"results\":[");
        Event past = fixtures.event("Past api day", LocalDate.now().minusDays(3), 5, null);
        assertThat(list).doesNotContain("Past api day");
        assertThat(mvc.perform(get("/events")).andReturn().getResponse().getContentAsString())
                .contains("Past api day");
        assertThat(mvc.perform(get("/events/" + past.id() + "/calendar.ics"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("SUMMARY:Past api day");
    }

    /** Registers the person and returns the message key the page will show. */
    private String register(Event event, String email) throws Exception {
        var flash = mvc.perform(post("/events/" + event.id() + "/registration")
                        .with(csrf())
                        .with(people.signedIn(email)))
                .andReturn()
                .getFlashMap();
        return (String) (flash.containsKey("notice") ? flash.get("notice") : flash.get("problem"));
    }

    private String supplierPerson(String prefix) {
        return people.person(prefix, people.organisation(OrganisationKind.SUPPLIER, prefix + " Ltd"), Role.SUPPLIER);
    }

    private MockHttpServletRequestBuilder validForm(String email, String title) {
        return post("/events/new")
                .with(csrf())
                .with(people.signedIn(email))
                .param("title", title)
                .param("description", "Come and meet us")
                .param("date", LocalDate.now().plusDays(10).toString())
                .param("startTime", "10:00")
                .param("endTime", "12:30")
                .param("format", "IN_PERSON")
                .param("venue", "Town Hall, Oxford")
                .param("postcode", "ox11bx")
                .param("capacity", "40");
    }

    private int count() {
        return jdbc.sql("select count(*) from eng_event").query(Integer.class).single();
    }
}
