package org.socialvaluehub.spend.core;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.spend.core.fast.SortedCellSums;

/**
 * An import's new lines summed while they are read, so the dashboard summaries need no second pass over them. Lines are
 * summed per month, service area and {@link Pair} (a supplier spelling with an expense type: what the
 * influenceable-spend rules decide on); once the rules have flagged each pair, {@link #summaries} gives the
 * {@link LineSummaries} the dashboards read. A file with more distinct pairs or service areas than is sensible to
 * hold stops being summed here ({@link #overflowed()}), and its lines are then summed from the database instead.
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
    public record Pair(String supplierKey, String supplierName, String expenseType, boolean redacted) {}

    private final Map<Pair, Integer> pairIndex = new HashMap<>();
    private final List<Pair> pairs = new ArrayList<>();
    /** Pair numbers by spelling number, expense type number and redaction, so a line's look-up reads no objects. */
    private final Long2IntOpenHashMap pairsBySpelling = newIndex();

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
    public boolean add(
            LocalDate date,
            long pence,
            int spelling,
            String supplierKey,
            String supplierName,
            String serviceArea,
            String expenseType,
            boolean redacted) {
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
            pair = index(
                    pairIndex,
                    pairs,
                    new Pair(withoutNul(supplierKey), withoutNul(supplierName), withoutNul(types.get(type)), redacted),
                    MAX_PAIRS);
            if (pair >= 0) {
                pairsBySpelling.put(key, pair);
            }
        }
        return pair;
    }

    private static Long2IntOpenHashMap newIndex() {
        Long2IntOpenHashMap index = new Long2IntOpenHashMap();
        index.defaultReturnValue(-1);
        return index;
    }

    public boolean overflowed() {
        return cells == null;
    }

    /** The distinct pairs, in the order {@link #summaries} expects their flags. */
    public List<Pair> pairs() {
        return List.copyOf(pairs);
    }

    /** The three summaries, given whether each pair's spend is influenceable (in the order of {@link #pairs()}). */
    public LineSummaries summaries(boolean[] influenceable) {
        if (cells == null) {
            throw new IllegalStateException("the lines were too varied to sum in memory");
        }
        LineSummaries.Builder summaries = new LineSummaries.Builder(pairs, areas, influenceable);
        cells.forEach((key, pence, lines) -> summaries.add(
                (key >>> (AREA_BITS + PAIR_BITS)) + FIRST_MONTH,
                (int) (key >>> PAIR_BITS & ((1 << AREA_BITS) - 1)),
                (int) (key & ((1 << PAIR_BITS) - 1)),
                pence,
                lines));
        return summaries.build();
    }

    /** The value's number in the list, numbered on first sight; -1 once the list holds {@code limit}. */
    static <T> int index(Map<T, Integer> index, List<T> values, T value, int limit) {
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
