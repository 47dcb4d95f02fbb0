package org.socialvaluehub.spend.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;

/** Reads payment dates as UK publishers write them: day first, ISO, month names, or Excel serial numbers. */
public final class SpendDates {

    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    private static final String[] MONTH_NAMES = {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
    };
    // Excel's day 0 is 30 Dec 1899 once its fictitious 29 Feb 1900 is skipped.
    private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();
    // Serial numbers outside 1990-2099 are far more likely to be references or amounts than payment dates.
    private static final int MIN_SERIAL = 32_874;
    private static final int MAX_SERIAL = 73_050;

    private SpendDates() {}

    /** Returns the date, ignoring any time of day, or null when the text is not a date. */
    public static LocalDate parse(String text) {
        String s = Blanks.trim(text);
        int n = s.length();
        if (n == 0) {
            return null;
        }
        Cursor c = new Cursor(s);
        int first = c.number();
        int firstDigits = c.lastDigits;
        if (firstDigits == 0) {
            return null;
        }
        if (c.atEnd() || s.charAt(c.pos) == '.' && firstDigits == 5 && isTimeFraction(s, c.pos + 1)) {
            return serial(first, firstDigits);
        }
        char sep = s.charAt(c.pos);
        if (sep != '/' && sep != '-' && sep != '.' && sep != ' ') {
            return null;
        }
        c.pos++;
        if (firstDigits == 4) {
            int month = c.number();
            if (c.lastDigits == 0 || !c.skip(sep)) {
                return null;
            }
            int day = c.number();
            return c.lastDigits == 0 || !c.restIsTime() ? null : date(first, month, day);
        }
        if (firstDigits > 2) {
            return null;
        }
        int month = c.number();
        if (c.lastDigits == 0) {
            month = c.monthName();
            if (month == 0) {
                return null;
            }
        } else if (c.lastDigits > 2) {
            return null;
        }
        if (!c.skip(sep)) {
            return null;
        }
        int year = c.number();
        int yearDigits = c.lastDigits;
        if ((yearDigits != 2 && yearDigits != 4) || !c.restIsTime()) {
            return null;
        }
        if (yearDigits == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        return date(year, month, first);
    }

    /** Excel writes a time of day as a long fraction; two decimals ("24000.00") are pounds and pence. */
    private static boolean isTimeFraction(String s, int from) {
        int digits = 0;
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
            digits++;
        }
        return digits != 0 && digits != 2;
    }

    private static LocalDate serial(int number, int digits) {
        if (digits != 5 || number < MIN_SERIAL || number > MAX_SERIAL) {
            return null;
        }
        return LocalDate.ofEpochDay(EXCEL_EPOCH_DAY + number);
    }

    private static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2199) {
            return null;
        }
        int length = Month.of(month).length(Year.isLeap(year));
        return day > length ? null : LocalDate.of(year, month, day);
    }

    /** Walks the text once; no regular expressions, because this runs for every row of a million-row file. */
    private static final class Cursor {
        private final String s;
        private int pos;
        private int lastDigits;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos == s.length();
        }

        int number() {
            int value = 0;
            int start = pos;
            while (pos < s.length() && pos - start < 9) {
                char ch = s.charAt(pos);
                if (ch < '0' || ch > '9') {
                    break;
                }
                value = value * 10 + (ch - '0');
                pos++;
            }
            lastDigits = pos - start;
            return value;
        }

        boolean skip(char sep) {
            if (pos < s.length() && (s.charAt(pos) == sep || sep == ' ' && s.charAt(pos) == ',')) {
                pos++;
                while (pos < s.length() && s.charAt(pos) == ' ') {
                    pos++; // "15 June, 2023" and doubled spaces
                }
                return true;
            }
            return false;
        }

        int monthName() {
            int start = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(start, pos).toLowerCase(Locale.ROOT);
            if (word.length() < 3) {
                return 0;
            }
            for (int m = 0; m < 12; m++) {
                if (word.equals(MONTH_NAMES[m]) || word.equals(MONTHS[m]) || m == 8 && word.equals("sept")) {
                    return m + 1;
                }
            }
            return 0;
        }

        boolean restIsTime() {
            if (atEnd()) {
                return true;
            }
            char ch = s.charAt(pos);
            return (ch == ' ' || ch == 'T') && isTimeOrFraction(pos + 1);
        }

        boolean isTimeOrFraction(int from) {
            if (from >= s.length()) {
                return false;
            }
            for (int i = from; i < s.length(); i++) {
                char ch = s.charAt(i);
                boolean ok = ch >= '0' && ch <= '9'
                        || ch == ':'
                        || ch == '.'
                        || ch == ' '
                        || ch == 'Z'
                        || ch == 'A'
                        || ch == 'P'
                        || ch == 'M'
                        || ch == 'a'
                        || ch == 'p'
                        || ch == 'm'
                        || ch == '+';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }
}
