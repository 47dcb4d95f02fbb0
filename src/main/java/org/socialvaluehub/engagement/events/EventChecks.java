package org.socialvaluehub.engagement.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.validation.Errors;

/** The rules a new event must meet beyond single fields: a real future date, times in order, a place to go. */
final class EventChecks {

    private EventChecks() {}

    static void check(
            EventForm form, Errors errors, LocalDate today, Collection<Long> allowedBuyers, boolean buyerRequired) {
        LocalDate date = form.parsedDate();
        LocalTime start = EventForm.parsedTime(form.getStartTime());
        LocalTime end = EventForm.parsedTime(form.getEndTime());
        if (date == null) {
            errors.rejectValue("date", "events.date.invalid");
        } else if (date.isBefore(today)) {
            errors.rejectValue("date", "events.date.past");
        }
        if (start == null) {
            errors.rejectValue("startTime", "events.startTime.invalid");
        }
        if (end == null) {
            errors.rejectValue("endTime", "events.endTime.invalid");
        } else if (start != null && !end.isAfter(start)) {
            errors.rejectValue("endTime", "events.endTime.beforeStart");
        }
        if (form.getFormat() == EventFormat.IN_PERSON) {
            if (EventForm.clean(form.getVenue()) == null) {
                errors.rejectValue("venue", "events.venue.required");
            }
            if (PostcodeDistrict.normaliseFull(form.getPostcode()).isEmpty()) {
                errors.rejectValue("postcode", "events.postcode.invalid");
            }
        }
        if (form.getFormat() == EventFormat.ONLINE && !secureLink(form.getOnlineLink())) {
            errors.rejectValue("onlineLink", "events.onlineLink.invalid");
        }
        if (form.getBuyerId() == null ? buyerRequired : !allowedBuyers.contains(form.getBuyerId())) {
            errors.rejectValue("buyerId", "events.buyer.required");
        }
    }

    /** An https address with a host, such as a video meeting link. */
    static boolean secureLink(String text) {
        String link = EventForm.clean(text);
        if (link == null || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
