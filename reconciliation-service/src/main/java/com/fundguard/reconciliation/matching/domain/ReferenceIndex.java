package com.fundguard.reconciliation.matching.domain;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Transfers by a reference (end-to-end id or bank reference): open addressing over an int array, the key read back
 * from the transfer itself, so a million references cost 8 MB instead of a HashMap's sixty. A reference given to
 * several transfers is kept once per transfer and found as all of them.
 */
final class ReferenceIndex {

    private static final int[] NONE = new int[0];

    private final int[] slots;
    private final int mask;
    private final IntFunction<String> keyOf;

    /** @param keyOf the (normalised) reference of transfer {@code i}, or null when it has none */
    ReferenceIndex(int count, IntFunction<String> keyOf) {
        this.keyOf = keyOf;
        int capacity = Integer.highestOneBit(Math.max(4, count) * 2 - 1) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < count; i++) {
            String key = keyOf.apply(i);
            if (key != null) {
                int slot = spread(key.hashCode()) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = i + 1;
            }
        }
    }

    /** The transfers holding this reference, in index order; empty when none does. */
    int[] find(String key) {
        if (key == null) {
            return NONE;
        }
        int[] found = NONE;
        int slot = spread(key.hashCode()) & mask;
        while (slots[slot] != 0) {
            int index = slots[slot] - 1;
            if (key.equals(keyOf.apply(index))) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = index;
            }
            slot = (slot + 1) & mask;
        }
        if (found.length > 1) {
            Arrays.sort(found);
        }
        return found;
    }

    private static int spread(int hash) {
        return (hash ^ (hash >>> 16)) * 0x9E3779B1;
    }
}
