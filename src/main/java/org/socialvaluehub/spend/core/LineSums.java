package org.socialvaluehub.spend.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An import's new lines summed while they are read, so the dashboard summaries need no second pass over them. Lines are
 * summed per month, service area and {@link Pair} (a supplier spelling with an expense type: what the
 * influenceable-spend rules decide on); once the rules have flagged each pair, {@link #summaries} gives the three
 * summaries the dashboards read. A file with more distinct pairs or service areas than is sensible to hold stops
 * being summed here ({@link #overflowed()}), and its lines are then summed from the database instead.
 */
public final class LineSums {

    static final int MAX_PAIRS = 250_000;
    static final int MAX_AREAS = 100_000;
    private static final int PAIR_BITS = 18;
    private static final int AREA_BITS = 17;
    private static final int MONTH_BITS = SortedCellSums.KEY_BITS - AREA_BITS - PAIR_BITS;
    /** Months are counted from January 1900, so the 12 bits left for them reach April 2241. */
    private static final long FIRST_MONTH = 1900 * 12L;

    /** A supplier spelling (its key, empty when redacted) with an expense type: the rules flag each pair once. */
    public record Pair(String supplierKey, String supplierName, String expenseType, boolean redacted) {
    }

    public record BySupplier(LocalDate month, String supplierKey, boolean influenceable, boolean redacted, long pence,
                             long lines) {
    }

    public record ByCategory(LocalDate month, String serviceArea, String expenseType, boolean influenceable, long pence,
                             long lines) {
    }

    /** Influenceable spend of named (not redacted) suppliers per financial year, starting in April. */
    public record ByYear(int financialYear, String supplierKey, String expenseType, long pence) {
    }

    public record Summaries(List<BySupplier> bySupplier, List<ByCategory> byCategory, List<ByYear> byYear) {
    }

    private final Map<Pair, Integer> pairIndex = new HashMap<>();
    private final List<Pair> pairs = new ArrayList<>();
    /** Pair numbers by spelling number, expense type number and redaction, so a line's look-up reads no objects. */
    private final LongIndex pairsBySpelling = new LongIndex();
    private final Map<String, Integer> typeIndex = new HashMap<>();
    private final List<String> types = new ArrayList<>();
    private final Map<String, Integer> areaIndex = new HashMap<>();
    private final List<String> areas = new ArrayList<>();
    private SortedCellSums cells = new SortedCellSums();

    /**
     * Adds one new line; false (and from then on nothing is kept) once the lines are too varied to sum here.
     *
     * @param spelling the caller's number (0 and up) for the supplier name as spelt: the same for every line with that
     *     name, different for different names; negative when it has none, which ends the summing here
     */
    public boolean add(LocalDate date, long pence, int spelling, String supplierKey, String supplierName,
                       String serviceArea, String expenseType, boolean redacted) {
        if (cells == null) {
            return false;
        }
        long month = date.getYear() * 12L + date.getMonthValue() - 1 - FIRST_MONTH;
        int type = index(typeIndex, types, expenseType, MAX_PAIRS);
        int pair = spelling < 0 || type < 0 ? -1 : pair(spelling, type, supplierKey, supplierName, redacted);
        int area = index(areaIndex, areas, withoutNul(serviceArea), MAX_AREAS);
        if (month < 0 || month >>> MONTH_BITS != 0 || pair < 0 || area < 0) {
            overflow();
            return false;
        }
        cells.add(month << (AREA_BITS + PAIR_BITS) | (long) area << PAIR_BITS | pair, pence);
        return true;
    }

    /** The pair's number, numbered on its first line; pairs whose texts differ only by NUL characters are one. */
    private int pair(int spelling, int type, String supplierKey, String supplierName, boolean redacted) {
        long key = (long) spelling << 21 | (long) type << 1 | (redacted ? 1 : 0);
        int pair = pairsBySpelling.get(key);
        if (pair < 0) {
            pair = index(pairIndex, pairs, new Pair(withoutNul(supplierKey), withoutNul(supplierName),
                withoutNul(types.get(type)), redacted), MAX_PAIRS);
            if (pair >= 0) {
                pairsBySpelling.put(key, pair);
            }
        }
        return pair;
    }

    public boolean overflowed() {
        return cells == null;
    }

    /** The distinct pairs, in the order {@link #summaries} expects their flags. */
    public List<Pair> pairs() {
        return List.copyOf(pairs);
    }

    /** The three summaries, given whether each pair's spend is influenceable (in the order of {@link #pairs()}). */
    public Summaries summaries(boolean[] influenceable) {
        if (cells == null) {
            throw new IllegalStateException("the lines were too varied to sum in memory");
        }
        if (influenceable.length != pairs.size()) {
            throw new IllegalArgumentException("one flag per pair: " + pairs.size() + ", not " + influenceable.length);
        }
        int[] supplier = new int[pairs.size()];
        int[] type = new int[pairs.size()];
        List<String> suppliers = new ArrayList<>();
        List<String> pairTypes = new ArrayList<>();
        Map<String, Integer> supplierIndex = new HashMap<>();
        Map<String, Integer> pairTypeIndex = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            supplier[i] = index(supplierIndex, suppliers, pairs.get(i).supplierKey(), Integer.MAX_VALUE);
            type[i] = index(pairTypeIndex, pairTypes, pairs.get(i).expenseType(), Integer.MAX_VALUE);
        }
        CellTotals bySupplier = new CellTotals();
        CellTotals byCategory = new CellTotals();
        CellTotals byYear = new CellTotals();
        cells.forEach((key, pence, lines) -> {
            long month = (key >>> (AREA_BITS + PAIR_BITS)) + FIRST_MONTH;
            long area = key >>> PAIR_BITS & ((1 << AREA_BITS) - 1);
            int pair = (int) (key & ((1 << PAIR_BITS) - 1));
            int flag = influenceable[pair] ? 1 : 0;
            int redacted = pairs.get(pair).redacted() ? 1 : 0;
            bySupplier.add(month << 44 | (long) supplier[pair] << 2 | flag << 1 | redacted, pence, lines);
            byCategory.add(month << 44 | area << 24 | (long) type[pair] << 1 | flag, pence, lines);
            if (flag == 1 && redacted == 0) {
                long financialYear = (month - 3) / 12;
                byYear.add(financialYear << 44 | (long) supplier[pair] << 20 | type[pair], pence, lines);
            }
        });
        List<BySupplier> supplierSums = new ArrayList<>(bySupplier.size());
        bySupplier.forEach((key, pence, lines) -> supplierSums.add(new BySupplier(month(key >>> 44),
            suppliers.get((int) (key >>> 2 & 0xFFFFFF)), (key & 2) != 0, (key & 1) != 0, pence, lines)));
        List<ByCategory> categorySums = new ArrayList<>(byCategory.size());
        byCategory.forEach((key, pence, lines) -> categorySums.add(new ByCategory(month(key >>> 44),
            areas.get((int) (key >>> 24 & 0xFFFFF)), pairTypes.get((int) (key >>> 1 & 0x7FFFFF)), (key & 1) != 0, pence,
            lines)));
        List<ByYear> yearSums = new ArrayList<>(byYear.size());
        byYear.forEach((key, pence, lines) -> yearSums.add(new ByYear((int) (key >>> 44),
            suppliers.get((int) (key >>> 20 & 0xFFFFFF)), pairTypes.get((int) (key & 0xFFFFF)), pence)));
        return new Summaries(supplierSums, categorySums, yearSums);
    }

    private static LocalDate month(long index) {
        return LocalDate.of((int) (index / 12), (int) (index % 12) + 1, 1);
    }

    private static <T> int index(Map<T, Integer> index, List<T> values, T value, int limit) {
        Integer known = index.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() >= limit) {
            return -1;
        }
        index.put(value, values.size());
        values.add(value);
        return values.size() - 1;
    }

    /** PostgreSQL text cannot hold NUL, so a stored line loses it: its sums must fall under the same text. */
    private static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    private void overflow() {
        cells = null;
        pairIndex.clear();
        pairs.clear();
        typeIndex.clear();
        types.clear();
        areaIndex.clear();
        areas.clear();
    }
}
