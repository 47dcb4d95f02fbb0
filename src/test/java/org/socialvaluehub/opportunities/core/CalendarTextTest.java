package org.socialvaluehub.opportunities.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarTextTest {

    @Test
    void linesEndWithCrLfAndLongLinesFoldAtSeventyFiveOctets() {
        String text = new CalendarText()
                .text("SUMMARY", "Grounds maintenance ".repeat(10))
                .toString();

        assertThat(text).endsWith("\r\n").contains("\r\n ");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(text.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "Grounds maintenance ".repeat(10) + "\r\n");
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String text = new CalendarText().text("SUMMARY", "Café £".repeat(30)).toString();

        assertThat(text.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "Café £".repeat(30) + "\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void escapesTextValues() {
        assertThat(CalendarText.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    @Test
    void writesTimesInUtc() {
        assertThat(new CalendarText()
                        .time("DTSTAMP", Instant.parse("2026-11-25T09:05:00Z"))
                        .toString())
                .isEqualTo("DTSTAMP:20261125T090500Z\r\n");
    }
}
