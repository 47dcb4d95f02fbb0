package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpendDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "01/04/2021|2021-04-01",
                "1/4/2021|2021-04-01",
                "01/04/21|2021-04-01",
                "05-Apr-17|2017-04-05",
                "01-JUN-2012|2012-06-01",
                "15 June 2023|2023-06-15",
                "15 Sept 2023|2023-09-15",
                "2021-04-01|2021-04-01",
                "01.12.2024|2024-12-01",
                "43658|2019-07-12",
                "43658.5416667|2019-07-12",
                "31/03/2024 16:59:18|2024-03-31",
                "2024-03-31T23:59:59Z|2024-03-31",
                "2024-03-31 00:00:00|2024-03-31",
                "29/02/2024|2024-02-29",
                "13-12-2023|2023-12-13"
            })
    void readsUkDayFirstDates(String text, LocalDate date) {
        assertThat(SpendDates.parse(text)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "31/02/2024",
                "29/02/2023",
                "13/13/2024",
                "25/06/2012900",
                "24000.00",
                "14281.40",
                "123",
                "20240401",
                "Payment Date",
                "01/04/2024 noon",
                "2024/13/01",
                "15 Juno 2023"
            })
    void refusesTextThatIsNotADate(String text) {
        assertThat(SpendDates.parse(text)).isNull();
    }
}
