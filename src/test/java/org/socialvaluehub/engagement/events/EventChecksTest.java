package org.socialvaluehub.engagement.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

class EventChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void aCompleteInPersonEventPasses() {
        assertThat(errors(form(EventFormat.IN_PERSON))).isEmpty();
    }

    @Test
    void rejectsAnEndTimeBeforeTheStart() {
        EventForm form = form(EventFormat.IN_PERSON);
        form.setEndTime("09:00");
        assertThat(errors(form)).containsExactly("endTime:events.endTime.beforeStart");
        form.setEndTime("10:00");
        assertThat(errors(form)).containsExactly("endTime:events.endTime.beforeStart");
    }

    @Test
    void rejectsAPastDateAndANonsenseDate() {
        EventForm form = form(EventFormat.IN_PERSON);
        form.setDate("2027-02-28");
        assertThat(errors(form)).containsExactly("date:events.date.past");
        form.setDate("2027-02-30");
        assertThat(errors(form)).containsExactly("date:events.date.invalid");
    }

    @Test
    void anInPersonEventNeedsAVenueAndAFullPostcode() {
        EventForm form = form(EventFormat.IN_PERSON);
        form.setVenue(" ");
        form.setPostcode("OX1");
        assertThat(errors(form)).containsExactly("venue:events.venue.required", "postcode:events.postcode.invalid");
    }

    @Test
    void anOnlineEventNeedsASecureLink() {
        EventForm form = form(EventFormat.ONLINE);
        form.setVenue("");
        for (String bad : List.of(
                "",
                "http://meet.example.org/x",
                "meet.example.org",
                "https://",
                "https://exa mple.org",
                "javascript:alert(1)")) {
            form.setOnlineLink(bad);
            assertThat(errors(form)).as(bad).containsExactly("onlineLink:events.onlineLink.invalid");
        }
        form.setOnlineLink("https://meet.example.org/buyer-day?x=1");
        assertThat(errors(form)).isEmpty();
    }

    @Test
    void aBuyerMustChooseOneOfTheirOwnOrganisations() {
        EventForm form = form(EventFormat.IN_PERSON);
        form.setBuyerId(99L);
        assertThat(errors(form)).containsExactly("buyerId:events.buyer.required");
        form.setBuyerId(null);
        var result = new BeanPropertyBindingResult(form, "eventForm");
        EventChecks.check(form, result, TODAY, List.of(7L), true);
        assertThat(result.getFieldErrors()).extracting(FieldError::getField).containsExactly("buyerId");
    }

    private static List<String> errors(EventForm form) {
        var result = new BeanPropertyBindingResult(form, "eventForm");
        EventChecks.check(form, result, TODAY, List.of(7L), false);
        return result.getFieldErrors().stream()
                .map(e -> e.getField() + ":" + e.getCode())
                .toList();
    }

    private static EventForm form(EventFormat format) {
        EventForm form = new EventForm();
        form.setTitle("Meet the buyer");
        form.setDate("2027-03-01");
        form.setStartTime("10:00");
        form.setEndTime("12:00");
        form.setFormat(format);
        form.setVenue("Town Hall");
        form.setPostcode("ox1 1bx");
        form.setCapacity(10);
        form.setBuyerId(7L);
        return form;
    }
}
