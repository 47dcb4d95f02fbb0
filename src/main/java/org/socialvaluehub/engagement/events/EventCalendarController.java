package org.socialvaluehub.engagement.events;

import java.net.URI;
import java.time.Instant;
import org.socialvaluehub.shared.PublicAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads one event as an {@code .ics} file for a calendar. */
@Controller
class EventCalendarController {

    private final Events events;
    private final PublicAddress publicAddress;

    EventCalendarController(Events events, PublicAddress publicAddress) {
        this.events = events;
        this.publicAddress = publicAddress;
    }

    @GetMapping("/events/{id}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable long id) {
        Event event = EventsController.event(events, id);
        String host = URI.create(publicAddress.url()).getHost();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"event-" + id + ".ics\"")
                .body(EventCalendar.of(
                        event,
                        publicAddress.url() + "/events/" + id,
                        host == null ? "socialvaluehub" : host,
                        Instant.now()));
    }
}
