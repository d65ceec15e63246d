package com.fundguard.reconciliation.matching.domain;

import java.util.Arrays;

/**
 * The id order of a million records without a million comparisons through object references (each a cache miss):
 * the ids' high bits and the position are packed into one long and sorted as primitives, and only runs that share
 * those high bits (rare for random UUIDs) are finished by comparing the whole id.
 */
final class IdOrder {

    private IdOrder() {
    }

    /** Positions {@code 0..n-1} ordered as {@link java.util.UUID#compareTo} orders (most, least): signed, high first. */
    static int[] of(long[] most, long[] least) {
        int n = most.length;
        int positionBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(n - 1, 1)));
        int keep = 63 - positionBits;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            // flipping the sign bit makes the signed order unsigned; the top bit stays clear so the key sorts as signed
            long high = (most[i] ^ Long.MIN_VALUE) >>> (64 - keep);
            keys[i] = (high << positionBits) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        long positionMask = (1L << positionBits) - 1;
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & positionMask);
        }
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && keys[end] >>> positionBits == keys[start] >>> positionBits) {
                end++;
            }
            if (end - start > 1) {
                Integer[] run = new Integer[end - start];
                for (int i = start; i < end; i++) {
                    run[i - start] = order[i];
                }
                Arrays.sort(run, (a, b) -> most[a] != most[b] ? Long.compare(most[a], most[b])
                        : Long.compare(least[a], least[b]));
                for (int i = start; i < end; i++) {
                    order[i] = run[i - start];
                }
            }
            start = end;
        }
        return order;
    }
}
