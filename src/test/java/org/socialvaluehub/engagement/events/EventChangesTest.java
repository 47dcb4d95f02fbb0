package org.socialvaluehub.engagement.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.mail.Outbox;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Organisers change and cancel events; everyone who signed up hears about it, and nobody loses a place. */
@HubTest
class EventChangesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    Events events;

    @Autowired
    EventReminders reminders;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registeringConfirmsByMailAndMoreOrMovedPlacesReachEveryone() throws Exception {
        Event event = fixtures.upcoming("Changing day " + System.nanoTime(), 1, null);
        String placed = register(event, "placed");
        String waiting = register(event, "waiting");
        assertThat(outbox.latestBodyTo(placed))
                .contains("You have a place at " + event.title(), "Town Hall, Oxford, OX1 1BX");
        assertThat(outbox.latestBodyTo(waiting)).contains(event.title() + " is full, so you are on its waiting list");
        jdbc.sql("update eng_registration set reminder_sent_at = now() where event_id = :e")
                .param("e", event.id())
                .update();

        LocalDate moved = event.date().plusDays(7);
        String organiser = people.coordinator();
        String answer = mvc.perform(edit(event, organiser, moved, "2"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(answer).isEqualTo("/events/" + event.id());
        Event now = events.find(event.id()).orElseThrow();
        assertThat(now.date()).isEqualTo(moved);
        assertThat(now.registered())
                .as("the extra place goes to the person waiting")
                .isEqualTo(2);
        assertThat(outbox.latestBodyTo(waiting)).contains("a place has become free at " + event.title());
        assertThat(outbox.latestBodyTo(placed))
                .contains("The organiser has changed " + event.title(), moved.getDayOfMonth() + " ", "10am to midday");
        assertThat(jdbc.sql("select count(*) from eng_registration where event_id = :e and reminder_sent_at is"
                                + " not null")
                        .param("e", event.id())
                        .query(Integer.class)
                        .single())
                .as("reminders go again before the new date")
                .isZero();
    }

    @Test
    void placesCannotDropBelowThoseTakenAndOnlyOrganisersChangeAnEvent() throws Exception {
        Event event = fixtures.upcoming("Popular day " + System.nanoTime(), 3, null);
        String first = register(event, "first");
        register(event, "second");
        int mails = outbox.countTo(first);

        String html = mvc.perform(edit(event, people.coordinator(), event.date(), "1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select(".govuk-error-summary li").eachText())
                .containsExactly("2 people already have a place, so there must be at least 2 places");
        assertThat(events.find(event.id()).orElseThrow().capacity()).isEqualTo(3);
        assertThat(outbox.countTo(first)).as("nothing was sent").isEqualTo(mails);

        assertThat(mvc.perform(get("/events/" + event.id() + "/edit").with(people.signedIn(first)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(edit(event, first, event.date(), "9"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aCancelledEventTellsEveryoneWhyAndTakesNoMoreRegistrationsOrReminders() throws Exception {
        Event event = fixtures.event(
                "Cancelled day " + System.nanoTime(),
                LocalDate.now(Event.LONDON).plusDays(1),
                1,
                null);
        String placed = register(event, "gone-placed");
        String waiting = register(event, "gone-waiting");
        String organiser = people.coordinator();

        String refused = mvc.perform(post("/events/" + event.id() + "/cancel")
                        .with(csrf())
                        .with(people.signedIn(organiser))
                        .param("reason", "  "))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(refused).select(".govuk-error-summary").text())
                .contains("Enter why the event is cancelled");
        assertThat(events.find(event.id()).orElseThrow().cancelled()).isFalse();

        mvc.perform(post("/events/" + event.id() + "/cancel")
                .with(csrf())
                .with(people.signedIn(organiser))
                .param("reason", "The hall has flooded; a new date will follow."));

        assertThat(outbox.latestBodyTo(placed)).contains("has been cancelled", "The hall has flooded");
        assertThat(outbox.latestBodyTo(waiting)).contains("has been cancelled");
        var page = Jsoup.parse(mvc.perform(get("/events/" + event.id()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#cancelled").text()).contains("This event has been cancelled: The hall has flooded");
        assertThat(page.select("form[action$=/registration]")).isEmpty();
        String late = register(event, "late");
        assertThat(events.registrationOf(event.id(), accountId(late))).isEmpty();
        assertThat(reminders.sendReminders(LocalDate.now(Event.LONDON))).isZero();
        assertThat(mvc.perform(get("/api/v1/events/" + event.id()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"cancelled\":true");
        assertThat(mvc.perform(get("/events/" + event.id() + "/edit").with(people.signedIn(organiser)))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/events/" + event.id());
    }

    private MockHttpServletRequestBuilder edit(Event event, String email, LocalDate date, String capacity) {
        return post("/events/" + event.id() + "/edit")
                .with(csrf())
                .with(people.signedIn(email))
                .param("title", event.title())
                .param("description", "Now a week later")
                .param("date", date.toString())
                .param("startTime", "10:00")
                .param("endTime", "12:00")
                .param("format", "IN_PERSON")
                .param("venue", "Town Hall, Oxford")
                .param("postcode", "OX1 1BX")
                .param("capacity", capacity);
    }

    private String register(Event event, String prefix) throws Exception {
        long supplier = people.organisation(OrganisationKind.SUPPLIER, prefix + " Ltd");
        String email = people.person(prefix, supplier, Role.SUPPLIER);
        mvc.perform(post("/events/" + event.id() + "/registration")
                .with(csrf())
                .with(people.signedIn(email))
                .param("organisationId", String.valueOf(supplier)));
        return email;
    }

    private long accountId(String email) {
        return jdbc.sql("select id from account_user where lower(email) = lower(:e)")
                .param("e", email)
                .query(Long.class)
                .single();
    }
}
