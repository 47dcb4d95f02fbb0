package org.socialvaluehub.spend.core.fast;

/**
 * Pence and line counts per cell, a cell being a {@code long} key, in an open-addressed table of one primitive array
 * (key, pence and lines side by side, so a look-up touches one cache line; about 50 bytes a cell at most): a million
 * lines' cells cost megabytes and no object per line.
 */
public final class CellTotals {

    /** Told each cell with its totals. */
    @FunctionalInterface
    public interface Visitor {
        void cell(long key, long pence, long lines);
    }

    private static final long EMPTY = -1L;
    private static final int STRIDE = 3;

    private long[] table;
    private int capacity;
    private int size;

    public CellTotals() {
        allocate(1 << 12);
    }

    /** Adds one line's pence to the cell, whose key must not be negative. */
    public void add(long key, long amount) {
        add(key, amount, 1);
    }

    /** Adds pence and a count of lines to the cell, whose key must not be negative. */
    public void add(long key, long amount, long count) {
        if (key < 0) {
            throw new IllegalArgumentException("cell keys are not negative: " + key);
        }
        int at = slot(key);
        if (table[at] == EMPTY) {
            if ((size + 1) * 2L > capacity) {
                grow();
                at = slot(key);
            }
            table[at] = key;
            size++;
        }
        table[at + 1] += amount;
        table[at + 2] += count;
    }

    public int size() {
        return size;
    }

    public void forEach(Visitor visitor) {
        for (int at = 0; at < table.length; at += STRIDE) {
            if (table[at] != EMPTY) {
                visitor.cell(table[at], table[at + 1], table[at + 2]);
            }
        }
    }

    private void grow() {
        long[] old = table;
        allocate(capacity * 2);
        for (int from = 0; from < old.length; from += STRIDE) {
            if (old[from] != EMPTY) {
                int at = slot(old[from]);
                System.arraycopy(old, from, table, at, STRIDE);
            }
        }
    }

    private void allocate(int slots) {
        capacity = slots;
        table = new long[slots * STRIDE];
        for (int at = 0; at < table.length; at += STRIDE) {
            table[at] = EMPTY;
        }
    }

    /** Where the key is, or the empty slot where it would go (mixed as in LongIndex, then the next free slot). */
    private int slot(long key) {
        int mask = capacity - 1;
        int slot = LongIndex.mix(key) & mask;
        while (table[slot * STRIDE] != EMPTY && table[slot * STRIDE] != key) {
            slot = (slot + 1) & mask;
        }
        return slot * STRIDE;
    }
}
