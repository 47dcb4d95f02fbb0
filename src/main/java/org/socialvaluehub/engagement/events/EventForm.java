package org.socialvaluehub.engagement.events;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.socialvaluehub.shared.Title;

/** What an organiser enters to post an event; dates and times are in UK time (Europe/London). */
public class EventForm {

    @NotBlank(message = "{events.title.required}")
    @Title
    private String title = "";

    @Size(max = 5000, message = "{events.description.tooLong}")
    private String description = "";

    private String date = "";
    private String startTime = "";
    private String endTime = "";

    @NotNull(message = "{events.format.required}")
    private EventFormat format;

    @Size(max = 500, message = "{events.venue.tooLong}")
    private String venue = "";

    private String postcode = "";

    @Size(max = 500, message = "{events.onlineLink.tooLong}")
    private String onlineLink = "";

    @NotNull(message = "{events.capacity.required}")
    @Min(value = 1, message = "{events.capacity.min}")
    private Integer capacity;

    private Long buyerId;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public EventFormat getFormat() {
        return format;
    }

    public void setFormat(EventFormat format) {
        this.format = format;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Long getBuyerId() {
        return buyerId;
    }

    public void setBuyerId(Long buyerId) {
        this.buyerId = buyerId;
    }

    /** The form filled in with the event as it stands, for its organiser to change. */
    static EventForm of(Event event) {
        EventForm form = new EventForm();
        form.title = event.title();
        form.description = event.description() == null ? "" : event.description();
        form.date = event.date().toString();
        form.startTime = event.startTime().toString();
        form.endTime = event.endTime().toString();
        form.format = event.format();
        form.venue = event.venue() == null ? "" : event.venue();
        form.postcode = event.postcode() == null ? "" : event.postcode();
        form.onlineLink = event.onlineLink() == null ? "" : event.onlineLink();
        form.capacity = event.capacity();
        form.buyerId = event.buyerId();
        return form;
    }

    /** The checked form as an event, with only the fields that fit its format. */
    NewEvent toEvent(long createdBy) {
        boolean inPerson = format == EventFormat.IN_PERSON;
        return new NewEvent(
                title.strip(),
                description.strip(),
                startsAt(),
                endsAt(),
                format,
                inPerson ? clean(venue) : null,
                inPerson
                        ? org.socialvaluehub.shared.PostcodeDistrict.normaliseFull(postcode)
                                .orElseThrow()
                        : null,
                inPerson ? null : clean(onlineLink),
                capacity,
                buyerId,
                createdBy);
    }

    LocalDate parsedDate() {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    static LocalTime parsedTime(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    Instant startsAt() {
        return ZonedDateTime.of(parsedDate(), parsedTime(startTime), Event.LONDON)
                .toInstant();
    }

    Instant endsAt() {
        return ZonedDateTime.of(parsedDate(), parsedTime(endTime), Event.LONDON).toInstant();
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
