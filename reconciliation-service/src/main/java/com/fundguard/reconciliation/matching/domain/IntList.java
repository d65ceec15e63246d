package com.fundguard.reconciliation.matching.domain;

import java.util.Arrays;

/** A growable list of ints: the matcher's indexes hold a million of them, boxed they would take five times the heap. */
final class IntList {

    private int[] values;
    private int size;

    IntList() {
        this(4);
    }

    IntList(int capacity) {
        values = new int[Math.max(capacity, 1)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
