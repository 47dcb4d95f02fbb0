package org.socialvaluehub.demo.spend;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a year of synthetic spend for one demo buyer with the quirks real transparency files have: a preamble, CRLF,
 * pound signs and thousands separators, bracketed credits, two date styles, blank rows, redacted payees, supplier
 * names spelt several ways (capitals, "Limited", a trailing account number, the odd typo), tax and payroll lines.
 */
final class DemoSpendFile {

    /** A payee the demo spends with: its name, company number (or null) and the expense type it is paid under. */
    record Payee(String name, String companyNumber, String expenseType) {}

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.UK);
    private static final String[] AREAS = {
        "Adult Social Care",
        "Children’s Services",
        "Highways",
        "Waste",
        "Leisure",
        "Housing",
        "Corporate Services",
        "Libraries"
    };
    private static final List<Payee> NOT_INFLUENCEABLE = List.of(
            new Payee("HM Revenue & Customs", null, "PAYE"),
            new Payee("Oxfordshire Pension Fund", null, "Pension contributions"),
            new Payee("Cherwell District Council", null, "Shared service recharge"));

    private DemoSpendFile() {}

    static Path write(String buyerName, List<Payee> payees, int rows, int financialYear, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Path file = Files.createTempFile("demo-spend-", ".csv");
        LocalDate start = LocalDate.of(financialYear, 4, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(buyerName + ",,,,,,\r\nPayments over £500 " + financialYear + "/" + (financialYear + 1) % 100
                    + ",,,,,,\r\n,,,,,,\r\n");
            out.write("Service Area,Expenditure Category,Payment Date,Transaction Number,Supplier Name,Company No,"
                    + "Net Amount (£)\r\n");
            for (int i = 0; i < rows; i++) {
                if (i % 250 == 249) {
                    out.write(",,,,,,\r\n");
                }
                Payee payee = i % 40 == 7
                        ? NOT_INFLUENCEABLE.get(random.nextInt(NOT_INFLUENCEABLE.size()))
                        : payees.get((int)
                                Math.min(payees.size() - 1, Math.abs(random.nextGaussian()) * payees.size() / 2.5));
                boolean redacted = i % 97 == 13;
                LocalDate date = start.plusDays(random.nextInt(365));
                long pence = 50_000 + (long) (Math.pow(random.nextDouble(), 3) * 4_000_000);
                out.write(csv(AREAS[random.nextInt(AREAS.length)]) + ",");
                out.write(csv(redacted ? "Care package" : payee.expenseType()) + ",");
                out.write((i % 3 == 0 ? SHORT.format(date) : UK.format(date)) + ",");
                out.write("DM" + (100_000 + i) + ",");
                out.write(csv(redacted ? "Redacted personal data" : spelling(payee.name(), random)) + ",");
                out.write((payee.companyNumber() != null && !redacted && random.nextInt(3) == 0
                                ? payee.companyNumber()
                                : "")
                        + ",");
                out.write(amount(i % 61 == 5 ? -pence / 10 : pence, random) + "\r\n");
            }
        }
        return file;
    }

    private static String spelling(String name, SplittableRandom random) {
        int roll = random.nextInt(20);
        return switch (roll) {
            case 0, 1 -> name.toUpperCase(Locale.UK);
            case 2 -> name.replace(" Ltd", " Limited");
            case 3 -> name + " - " + (9_000_000_000L + random.nextInt(99_999_999));
            case 4 -> name.length() > 12 ? name.substring(0, 6) + name.substring(7) : name; // a typo
            default -> name;
        };
    }

    private static String amount(long pence, SplittableRandom random) {
        String pounds = String.format(Locale.UK, "%,.2f", Math.abs(pence) / 100.0);
        if (pence < 0) {
            return "(" + pounds + ")";
        }
        return random.nextBoolean() ? "\"£" + pounds + "\"" : "\"" + pounds + "\"";
    }

    private static String csv(String text) {
        return text.contains(",") ? "\"" + text + "\"" : text;
    }
}
