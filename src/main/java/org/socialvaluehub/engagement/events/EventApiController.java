package org.socialvaluehub.engagement.events;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upcoming meet-the-buyer events as JSON (cancelled ones marked so); never who registered, nor the joining link of an
 * online event.
 */
@RestController
class EventApiController {

    /** An event in the API. */
    record EventJson(
            long id,
            String title,
            String description,
            String startsAt,
            String endsAt,
            String date,
            String startTime,
            String endTime,
            EventFormat format,
            String venue,
            String postcode,
            int capacity,
            int placesLeft,
            boolean full,
            Long buyerId,
            String buyerName,
            String url,
            boolean cancelled,
            String cancelReason) {

        static EventJson of(Event e) {
            return new EventJson(
                    e.id(),
                    e.title(),
                    e.description(),
                    e.startsAt().toString(),
                    e.endsAt().toString(),
                    e.date().toString(),
                    e.startTime().toString(),
                    e.endTime().toString(),
                    e.format(),
                    e.venue(),
                    e.postcode(),
                    e.capacity(),
                    e.placesLeft(),
                    e.full(),
                    e.buyerId(),
                    e.buyerName(),
                    "/events/" + e.id(),
                    e.cancelled(),
                    e.cancelReason());
        }
    }

    /** One page of events. */
    record EventPageJson(int page, int pages, int total, List<EventJson> results) {}

    private final Events events;

    EventApiController(Events events) {
        this.events = events;
    }

    @GetMapping("/api/v1/events")
    EventPageJson upcoming(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        Events.EventPage found = events.upcoming(page, Math.min(Math.max(size, 1), 100));
        return new EventPageJson(
                found.page(),
                found.pages(),
                found.total(),
                found.events().stream().map(EventJson::of).toList());
    }

    @GetMapping("/api/v1/events/{id}")
    EventJson one(@PathVariable long id) {
        return EventJson.of(EventsController.event(events, id));
    }
}
