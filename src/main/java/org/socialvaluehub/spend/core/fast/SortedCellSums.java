package org.socialvaluehub.spend.core.fast;

import java.util.Arrays;

/**
 * Pence and line counts per cell (a key of up to {@link #KEY_BITS} bits) for many lines with many distinct cells. A
 * line
 * is only written down, in order, in a buffer; when the buffer fills it is sorted and merged into the sorted totals.
 * Each
 * line then costs two array writes rather than a look-up in a table far larger than the processor's caches, and the
 * sorting and merging read memory in order.
 */
public final class SortedCellSums {

    public static final int KEY_BITS = 47;
    private static final int POSITION_BITS = 64 - 1 - KEY_BITS;
    private static final int BUFFER = 1 << POSITION_BITS;
    private static final long POSITION = BUFFER - 1;

    /** Each buffered line's key, shifted up, with its place in the buffer below it: sorting these sorts by key. */
    private final long[] buffer = new long[BUFFER];

    private final long[] bufferPence = new long[BUFFER];
    private int buffered;

    private long[] keys = new long[0];
    private long[] pence = new long[0];
    private long[] lines = new long[0];
    private long[] spareKeys = new long[0];
    private long[] sparePence = new long[0];
    private long[] spareLines = new long[0];
    private int size;

    public void add(long key, long amount) {
        if (key < 0 || key >>> KEY_BITS != 0) {
            throw new IllegalArgumentException("cell keys have " + KEY_BITS + " bits: " + key);
        }
        buffer[buffered] = key << POSITION_BITS | buffered;
        bufferPence[buffered] = amount;
        if (++buffered == BUFFER) {
            merge();
        }
    }

    /** The distinct cells so far. */
    public int size() {
        merge();
        return size;
    }

    /** Every cell with its totals, in key order. */
    public void forEach(CellTotals.Visitor visitor) {
        merge();
        for (int i = 0; i < size; i++) {
            visitor.cell(keys[i], pence[i], lines[i]);
        }
    }

    /** Sorts the buffer and merges it, a total per key, with the sorted totals into the spare arrays, then swaps. */
    private void merge() {
        if (buffered == 0) {
            return;
        }
        Arrays.sort(buffer, 0, buffered);
        int room = size + buffered;
        if (spareKeys.length < room) {
            int capacity = Math.max(room, size * 3 / 2);
            spareKeys = new long[capacity];
            sparePence = new long[capacity];
            spareLines = new long[capacity];
        }
        int out = 0;
        int old = 0;
        int next = 0;
        while (next < buffered) {
            long key = buffer[next] >>> POSITION_BITS;
            while (old < size && keys[old] < key) {
                out = copyOld(old++, out);
            }
            long sum = 0;
            long count = 0;
            if (old < size && keys[old] == key) {
                sum = pence[old];
                count = lines[old];
                old++;
            }
            for (; next < buffered && buffer[next] >>> POSITION_BITS == key; next++) {
                sum += bufferPence[(int) (buffer[next] & POSITION)];
                count++;
            }
            spareKeys[out] = key;
            sparePence[out] = sum;
            spareLines[out++] = count;
        }
        while (old < size) {
            out = copyOld(old++, out);
        }
        swap();
        size = out;
        buffered = 0;
    }

    private int copyOld(int old, int out) {
        spareKeys[out] = keys[old];
        sparePence[out] = pence[old];
        spareLines[out] = lines[old];
        return out + 1;
    }

    private void swap() {
        long[] swap = keys;
        keys = spareKeys;
        spareKeys = swap;
        swap = pence;
        pence = sparePence;
        sparePence = swap;
        swap = lines;
        lines = spareLines;
        spareLines = swap;
    }
}
