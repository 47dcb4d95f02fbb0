package org.socialvaluehub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PlainDatesTest {

    @Test
    void aDayReadsAsDayMonthAndYear() {
        assertThat(PlainDates.day(LocalDate.of(2027, 12, 7))).isEqualTo("7 December 2027");
        assertThat(PlainDates.weekday(LocalDate.of(2027, 12, 7))).isEqualTo("Tuesday 7 December 2027");
        assertThat(PlainDates.month(LocalDate.of(2027, 12, 7))).isEqualTo("December 2027");
    }

    @Test
    void anInstantReadsInUkTimeWithAmOrPm() {
        assertThat(PlainDates.dateTime(Instant.parse("2027-01-06T20:51:20.796670Z")))
                .isEqualTo("6 January 2027 at 8:51pm");
        assertThat(PlainDates.dateTime(Instant.parse("2027-07-06T20:51:20Z")))
                .as("British Summer Time")
                .isEqualTo("6 July 2027 at 9:51pm");
        assertThat(PlainDates.day(Instant.parse("2027-07-06T23:30:00Z")))
                .as("already the next day in London")
                .isEqualTo("7 July 2027");
    }

    @Test
    void timesFollowGovukStyle() {
        assertThat(PlainDates.time(LocalTime.of(9, 0))).isEqualTo("9am");
        assertThat(PlainDates.time(LocalTime.of(9, 5))).isEqualTo("9:05am");
        assertThat(PlainDates.time(LocalTime.of(12, 0))).isEqualTo("midday");
        assertThat(PlainDates.time(LocalTime.of(0, 0))).isEqualTo("midnight");
        assertThat(PlainDates.time(LocalTime.of(12, 30))).isEqualTo("12:30pm");
        assertThat(PlainDates.time(LocalTime.of(0, 15))).isEqualTo("12:15am");
        assertThat(PlainDates.time(LocalTime.of(17, 30))).isEqualTo("5:30pm");
    }

    @Test
    void localAndZonedDateTimesAreUnderstoodToo() {
        assertThat(PlainDates.dateTime(LocalDateTime.of(2027, 3, 14, 14, 0))).isEqualTo("14 March 2027 at 2pm");
        assertThat(PlainDates.dateTime(ZonedDateTime.parse("2027-03-14T14:00:00+01:00[Europe/Paris]")))
                .isEqualTo("14 March 2027 at 1pm");
    }

    @Test
    void nothingReadsAsNothing() {
        assertThat(PlainDates.day(null)).isEmpty();
        assertThat(PlainDates.dateTime(null)).isEmpty();
        assertThat(PlainDates.time(null)).isEmpty();
    }
}
