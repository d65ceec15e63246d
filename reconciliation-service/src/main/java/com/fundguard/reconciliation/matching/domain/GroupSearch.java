package com.fundguard.reconciliation.matching.domain;

/**
 * Which subsets of 2 to {@code maxSize} amounts add up to a target exactly. It needs to know whether there is one
 * answer or more than one, so it stops at the second; it gives up after {@code budget} steps, because a batch is only
 * believable among few candidates and the search is exponential among many. Amounts are positive and ascending.
 */
final class GroupSearch {

    private final long[] amounts;
    private final long target;
    private final int maxSize;
    private final long[] suffixOfLargest;
    private final int[] chosen;
    private int budget;
    private int solutions;
    private int[] first;
    private int[] second;
    private boolean cutOff;

    private GroupSearch(long[] amounts, long target, int maxSize, int budget) {
        this.amounts = amounts;
        this.target = target;
        this.maxSize = maxSize;
        this.budget = budget;
        this.chosen = new int[maxSize];
        suffixOfLargest = new long[amounts.length + 1];
        for (int i = amounts.length - 1; i >= 0; i--) {
            suffixOfLargest[i] = suffixOfLargest[i + 1] + amounts[i];
        }
    }

    /** The outcome: how many solutions were seen (0, 1 or 2), the first two, and whether the search was cut off. */
    record Outcome(int solutions, int[] first, int[] second, boolean cutOff) {

        boolean unique() {
            return solutions == 1 && !cutOff;
        }
    }

    static Outcome search(long[] ascendingAmounts, long target, int maxSize, int budget) {
        GroupSearch search = new GroupSearch(ascendingAmounts, target, Math.min(maxSize, ascendingAmounts.length),
                budget);
        if (search.maxSize >= 2) {
            search.extend(0, 0, 0);
        }
        return new Outcome(search.solutions, search.first, search.second, search.cutOff);
    }

    private boolean extend(int start, int depth, long sum) {
        int n = amounts.length;
        for (int i = start; i < n; i++) {
            if (--budget < 0) {
                cutOff = true;
                return false;
            }
            long with = sum + amounts[i];
            if (with > target) {
                return true;
            }
            chosen[depth] = i;
            int size = depth + 1;
            if (with == target) {
                if (size >= 2) {
                    record(size);
                    if (solutions >= 2) {
                        return false;
                    }
                }
                continue;
            }
            if (size == maxSize) {
                continue;
            }
            int room = Math.min(maxSize - size, n - i - 1);
            if (room <= 0 || with + suffixOfLargest[n - room] - suffixOfLargest[n] < target) {
                // even the largest amounts left cannot reach the target with this one; a larger one might
                continue;
            }
            if (!extend(i + 1, size, with)) {
                return false;
            }
        }
        return true;
    }

    private void record(int size) {
        int[] solution = new int[size];
        System.arraycopy(chosen, 0, solution, 0, size);
        if (solutions == 0) {
            first = solution;
        } else {
            second = solution;
        }
        solutions++;
    }
}
