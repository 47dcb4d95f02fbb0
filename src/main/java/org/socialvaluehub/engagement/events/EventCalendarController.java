package org.socialvaluehub.engagement.events;

import java.net.URI;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
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
    private final String baseUrl;

    EventCalendarController(Events events, @Value("${svh.base-url}") String baseUrl) {
        this.events = events;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/events/{id}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable long id) {
        Event event = EventsController.event(events, id);
        String host = URI.create(baseUrl).getHost();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"event-" + id + ".ics\"")
                .body(EventCalendar.of(
                        event, baseUrl + "/events/" + id, host == null ? "socialvaluehub" : host, Instant.now()));
    }
}
