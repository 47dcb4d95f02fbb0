package org.socialvaluehub.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates and times as people read them, in GOV.UK style and UK time: "7 December 2027", "8:51pm",
 * "7 December 2027 at 8:51pm". Every page (through {@code #when} in templates) and every message with a date
 * uses it, so no one reads "2027-01-06T20:51:20Z". Each method answers "" for null.
 */
public final class PlainDates {

    /** The time zone every date and time on screen and in mail is given in. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private PlainDates() {}

    /** "7 December 2027": the day in the UK of a date, a date-time or an instant. */
    public static String day(Object when) {
        LocalDate date = date(when);
        return date == null ? "" : DAY.format(date);
    }

    /** "Tuesday 7 December 2027". */
    public static String weekday(Object when) {
        LocalDate date = date(when);
        return date == null ? "" : WEEKDAY.format(date);
    }

    /** "December 2027". */
    public static String month(Object when) {
        LocalDate date = date(when);
        return date == null ? "" : MONTH.format(date);
    }

    /** "8:51pm", "9am", "midday" or "midnight" (GOV.UK style), in UK time. */
    public static String time(Object when) {
        LocalTime time = localTime(when);
        if (time == null) {
            return "";
        }
        if (time.getHour() == 12 && time.getMinute() == 0) {
            return "midday";
        }
        if (time.getHour() == 0 && time.getMinute() == 0) {
            return "midnight";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : String.format(Locale.UK, ":%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }

    /** "7 December 2027 at 8:51pm", in UK time. */
    public static String dateTime(Object when) {
        return when == null ? "" : day(when) + " at " + time(when);
    }

    private static LocalDate date(Object when) {
        ZonedDateTime zoned = zoned(when);
        if (zoned != null) {
            return zoned.toLocalDate();
        }
        return when == null ? null : LocalDate.from(accessor(when));
    }

    private static LocalTime localTime(Object when) {
        ZonedDateTime zoned = zoned(when);
        if (zoned != null) {
            return zoned.toLocalTime();
        }
        return when == null ? null : LocalTime.from(accessor(when));
    }

    /** An instant in time, seen in the UK; null for a date or time that is not tied to one. */
    private static ZonedDateTime zoned(Object when) {
        if (when instanceof Instant i) {
            return i.atZone(UK);
        }
        if (when instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(UK);
        }
        if (when instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(UK);
        }
        return null;
    }

    private static TemporalAccessor accessor(Object when) {
        if (when instanceof LocalDateTime || when instanceof LocalDate || when instanceof LocalTime) {
            return (TemporalAccessor) when;
        }
        throw new IllegalArgumentException(
                "Not a date or time: " + when.getClass().getName());
    }
}
