package org.socialvaluehub.evaluation.award;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialvaluehub.evaluation.core.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The working days of England and Wales the standstill period counts (Procurement Act 2023, s. 51): weekdays
 * that are not bank holidays, from the committed list {@code evaluation/bank-holidays-england-and-wales.csv}.
 */
@Component
class StandstillCalendar {

    static final String LIST = "/evaluation/bank-holidays-england-and-wales.csv";

    private final WorkingDays workingDays;

    StandstillCalendar() {
        this.workingDays = new WorkingDays(bankHolidays());
    }

    WorkingDays workingDays() {
        return workingDays;
    }

    static Set<LocalDate> bankHolidays() {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(StandstillCalendar.class.getResourceAsStream(LIST), LIST),
                StandardCharsets.UTF_8))) {
            return in.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("date,"))
                    .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
