package org.socialvaluehub.spend.core.fast;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;

/**
 * Pence and line counts per cell, a cell being a {@code long} key, in two primitive maps (fastutil's open-addressed
 * tables): a million lines' cells cost megabytes and no object per line.
 */
public final class CellTotals {

    /** Told each cell with its totals. */
    @FunctionalInterface
    public interface Visitor {
        void cell(long key, long pence, long lines);
    }

    private final Long2LongOpenHashMap pence = new Long2LongOpenHashMap();
    private final Long2LongOpenHashMap lines = new Long2LongOpenHashMap();

    /** Adds one line's pence to the cell, whose key must not be negative. */
    public void add(long key, long amount) {
        add(key, amount, 1);
    }

    /**
     * Adds pence and a count of lines to the cell. Keys are packed from non-negative parts, so a negative one means a
     * part overflowed its bits.
     */
    public void add(long key, long amount, long count) {
        if (key < 0) {
            throw new IllegalArgumentException("cell keys are not negative: " + key);
        }
        pence.addTo(key, amount);
        lines.addTo(key, count);
    }

    public int size() {
        return pence.size();
    }

    public void forEach(Visitor visitor) {
        for (Long2LongMap.Entry cell : pence.long2LongEntrySet()) {
            visitor.cell(cell.getLongKey(), cell.getLongValue(), lines.get(cell.getLongKey()));
        }
    }
}
