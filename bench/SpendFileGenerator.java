import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic transparency spend file, ten columns, with the quirks real council files have: a preamble
 * above the header, CRLF, quoted amounts with thousands separators, pound signs, bracketed and trailing-minus
 * credits, mixed date styles, blank rows, quoted names with commas, embedded newlines, redactions and a few bad rows.
 *
 * <p>Run: {@code java bench/SpendFileGenerator.java bench/out/spend-1m.csv 1000000} (seeded, so repeatable).
 */
public final class SpendFileGenerator {

    private static final String[] AREAS = {"Adult Social Care", "Children's Services", "Highways", "Waste",
        "Leisure", "Housing", "Planning", "Corporate Services", "Libraries", "Public Health"};
    private static final String[] CATEGORIES = {"Agency Staff", "Consultancy", "Repairs & Maintenance",
        "Residential Care", "Catering", "IT Software", "Fuel", "Grants", "Professional Fees", "Utilities"};
    private static final String[] NAME_PARTS = {"Ambridge", "Borchester", "Felpersham", "Loxley", "Hollerton",
        "Penny Hassett", "Edgeley", "Lakey Hill", "Netherbourne", "Grey Gables", "Brookfield", "Home Farm"};
    private static final String[] SUFFIXES = {"Ltd", "Limited", "plc", "LLP", "CIC", "Trust", "& Sons Ltd",
        "Partnership", "Services Ltd", "Group"};
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.UK);

    private SpendFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "bench/out/spend-1m.csv");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2023, 4, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Borsetshire County Council,,,,,,,,,\r\nSpend over £500,,,,,,,,,\r\n,,,,,,,,,\r\n");
            out.write("Body Name,Service Area,Expenditure Category,Payment Date,Transaction Number,Supplier Name,"
                + "Supplier ID,Description,Net Amount (£),Capital/Revenue\r\n");
            for (int i = 0; i < rows; i++) {
                if (i % 5000 == 4999) {
                    out.write(",,,,,,,,,\r\n");
                }
                LocalDate date = start.plusDays(random.nextInt(365));
                int supplier = random.nextInt(4000);
                out.write("Borsetshire CC,");
                out.write(AREAS[random.nextInt(AREAS.length)]);
                out.write(',');
                out.write(CATEGORIES[random.nextInt(CATEGORIES.length)]);
                out.write(',');
                out.write(date(date, random, i));
                out.write(",TX");
                out.write(Integer.toString(1_000_000 + i));
                out.write(',');
                out.write(supplier(supplier, random));
                out.write(",S");
                out.write(Integer.toString(supplier));
                out.write(',');
                out.write(random.nextInt(1000) == 0 ? "\"Invoice for works,\r\nsee schedule\"" : "Invoice " + i);
                out.write(',');
                out.write(amount(random));
                out.write(random.nextInt(10) == 0 ? ",Capital\r\n" : ",Revenue\r\n");
            }
        }
    }

    private static String date(LocalDate date, Random random, int i) {
        if (i % 100_000 == 777) {
            return "31/02/2024"; // the odd impossible date a person typed
        }
        int style = random.nextInt(20);
        return style == 0 ? SHORT.format(date) : style == 1 ? date.toString() : UK.format(date);
    }

    private static String supplier(int supplier, Random random) {
        if (random.nextInt(100) == 0) {
            return "Redacted personal data";
        }
        String name = NAME_PARTS[supplier % NAME_PARTS.length] + " " + NAME_PARTS[(supplier / 12) % NAME_PARTS.length]
            + " " + SUFFIXES[(supplier / 144) % SUFFIXES.length];
        return supplier % 7 == 0 ? "\"" + name + ", Estates Division\"" : name;
    }

    private static String amount(Random random) {
        long pence = 50_000 + (long) (random.nextDouble() * random.nextDouble() * 5_000_000);
        String plain = pence / 100 + "." + String.format("%02d", pence % 100);
        String grouped = String.format(Locale.UK, "%,d.%02d", pence / 100, pence % 100);
        int style = random.nextInt(100);
        if (style < 10) {
            return "\"£" + grouped + "\"";
        }
        if (style < 25) {
            return "\"" + grouped + "\"";
        }
        return style == 25 ? "(" + plain + ")" : style == 26 ? "\"" + grouped + "-\"" : plain;
    }
}
