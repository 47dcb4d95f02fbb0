package org.socialvaluehub.spend.core.fast;

/**
 * The 16-byte line fingerprints already seen, in two longs per slot of an open-addressed table (about 40 bytes a
 * line), so an import can skip lines imported before without asking the database line by line.
 */
public final class FingerprintSet {

    private long[] slots = new long[2 * 1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** Adds the fingerprint; false when it was there already. */
    public boolean add(byte[] fingerprint) {
        if (size * 10L >= used.length * 6L) {
            grow();
        }
        boolean added = put(slots, used, high(fingerprint), low(fingerprint));
        size += added ? 1 : 0;
        return added;
    }

    public int size() {
        return size;
    }

    private boolean put(long[] table, boolean[] taken, long high, long low) {
        int mask = taken.length - 1;
        int slot = (int) (high ^ (high >>> 32) ^ low) & mask;
        while (taken[slot]) {
            if (table[2 * slot] == high && table[2 * slot + 1] == low) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        taken[slot] = true;
        table[2 * slot] = high;
        table[2 * slot + 1] = low;
        return true;
    }

    private void grow() {
        long[] oldSlots = slots;
        boolean[] oldUsed = used;
        slots = new long[oldSlots.length * 2];
        used = new boolean[oldUsed.length * 2];
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                put(slots, used, oldSlots[2 * i], oldSlots[2 * i + 1]);
            }
        }
    }

    private static long high(byte[] b) {
        return word(b, 0);
    }

    private static long low(byte[] b) {
        return word(b, 8);
    }

    private static long word(byte[] b, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = (value << 8) | (b[i] & 0xff);
        }
        return value;
    }
}
