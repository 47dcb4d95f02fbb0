package org.socialvaluehub.measures.core;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a framework version states for its money: every value is restated in the prices of
 * {@code priceYear}, and discounted from {@code baseYear}, year 0 of the appraisal (HM Treasury Green Book
 * 2022, chapter 5 on inflation and Annex A6 on discounting). Years are UK financial years, named by the calendar year
 * they start in: 2024 is 2024-25, the year HM Treasury's GDP deflators are published for.
 */
public record PriceBasis(int priceYear, int baseYear) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    public PriceBasis {
        if (priceYear < 1900 || priceYear > 2200 || baseYear < 1900 || baseYear > 2200) {
            throw new InvalidInputException("price_year", "must be years such as 2024-25");
        }
    }

    /** The financial year as written in HM Treasury tables: 2024 → "2024-25". */
    public static String label(int year) {
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }

    /** The financial year a day falls in: from 1 April to 31 March. */
    public static int financialYearOf(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** Reads "2024-25" (the second part must follow the first) or "2024"; empty when it is neither. */
    public static Optional<Integer> parseYear(String text) {
        Matcher m = YEAR.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if (m.group(2) != null && Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            return Optional.empty();
        }
        return Optional.of(start);
    }
}
