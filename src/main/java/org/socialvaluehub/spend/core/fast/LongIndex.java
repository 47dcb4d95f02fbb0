package org.socialvaluehub.spend.core.fast;

import java.util.Arrays;

/** Numbers (0 and up) by {@code long} key, in an open-addressed table of primitive arrays: a look-up reads no objects. */
public final class LongIndex {

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] values;
    private int size;

    public LongIndex() {
        allocate(1 << 10);
    }

    /** The number put for the key, or -1. */
    public int get(long key) {
        int slot = slot(keys, key);
        return keys[slot] == EMPTY ? -1 : values[slot];
    }

    /** Puts the number for a key that must not be negative and must not be there yet. */
    public void put(long key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("keys are not negative: " + key);
        }
        if ((size + 1) * 2L > keys.length) {
            long[] oldKeys = keys;
            int[] oldValues = values;
            allocate(keys.length * 2);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }
        int slot = slot(keys, key);
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    /** The key's bits mixed so that keys differing in any bits spread over a table (MurmurHash3's finaliser). */
    static int mix(long key) {
        long hash = (key ^ key >>> 33) * 0xFF51AFD7ED558CCDL;
        hash = (hash ^ hash >>> 33) * 0xC4CEB9FE1A85EC53L;
        return (int) (hash ^ hash >>> 33);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
    }

    /** Where the key is, or the empty slot where it would go (mixed, then the next free slot). */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
