package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1234.5|123450",
                "£1,234.50|123450",
                "1,303.20|130320",
                "(12.00)|-1200",
                "-12|-1200",
                "106,396.00-|-10639600",
                "£500|50000",
                " 0.05 |5",
                "-£3.10|-310",
                "£-3.10|-310",
                "12.3400|1234",
                ".5|50",
                "+7|700",
                "1,000,000.00|100000000"
            })
    void readsEveryNotationToExactPence(String text, long pence) {
        assertThat(Amounts.parsePence(text)).isEqualTo(pence);
    }

    @Test
    void readsTrailingMinusAsNegative() {
        assertThat(Amounts.parsePence("106,396.00-")).isEqualTo(-10_639_600L);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "two hundred",
                "12,50",
                "1,2345.00",
                "12.345",
                "--12",
                "(-12)",
                "12-3",
                "£",
                "1.2.3",
                "25/06/2012900",
                "1234567890123456.00",
                "-12-"
            })
    void refusesTextThatIsNotASumOfMoney(String text) {
        assertThat(Amounts.parsePence(text)).isEqualTo(Amounts.NOT_AN_AMOUNT);
    }

    @Test
    void writesPenceAsPoundsAndPence() {
        assertThat(Amounts.format(123450)).isEqualTo("1234.50");
        assertThat(Amounts.format(-5)).isEqualTo("-0.05");
    }
}
