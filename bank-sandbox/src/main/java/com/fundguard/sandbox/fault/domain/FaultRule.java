package com.fundguard.sandbox.fault.domain;

import java.util.Random;

/**
 * One injected fault: for one end-to-end id a number of times, or for any order at random with a probability drawn
 * from a seeded sequence (the same seed and the same order of arrivals give the same faults, run after run).
 */
public final class FaultRule {

    public static final long MAX_LATENCY_MILLIS = 120_000;

    private final FaultKind kind;
    private final long millis;
    private final String endToEndId;
    private final Double probability;
    private final Long seed;
    private final Random random;
    private int remaining;
    private int fired;

    private FaultRule(FaultKind kind, long millis, String endToEndId, int times, Double probability, Long seed) {
        this.kind = kind;
        this.millis = millis;
        this.endToEndId = endToEndId;
        this.remaining = times;
        this.probability = probability;
        this.seed = seed;
        this.random = seed == null ? null : new Random(seed);
    }

    /** Fires for orders with {@code endToEndId}, {@code times} times. */
    public static FaultRule forOrder(FaultKind kind, long millis, String endToEndId, int times) {
        check(kind, millis);
        if (endToEndId == null || endToEndId.isBlank()) {
            throw new InvalidFaultRuleException("endToEndId", "names the order the fault is for");
        }
        if (times < 1) {
            throw new InvalidFaultRuleException("times", "must be at least 1");
        }
        return new FaultRule(kind, millis, endToEndId, times, null, null);
    }

    /** Fires for any order with {@code probability}, drawn from a sequence seeded with {@code seed}. */
    public static FaultRule atRandom(FaultKind kind, long millis, double probability, long seed) {
        check(kind, millis);
        if (!(probability > 0 && probability <= 1)) {
            throw new InvalidFaultRuleException("probability", "must be more than 0 and at most 1");
        }
        return new FaultRule(kind, millis, null, 0, probability, seed);
    }

    private static void check(FaultKind kind, long millis) {
        if (kind == null) {
            throw new InvalidFaultRuleException("kind", "is one of " + java.util.Arrays.toString(FaultKind.values()));
        }
        if (millis < 0 || millis > MAX_LATENCY_MILLIS || (kind == FaultKind.LATENCY && millis == 0)) {
            throw new InvalidFaultRuleException("millis", "a latency is 1 to " + MAX_LATENCY_MILLIS + " ms");
        }
    }

    /** Whether the fault strikes the order with this end-to-end id; a firing counts against {@code times}. */
    synchronized boolean firesFor(String orderEndToEndId) {
        boolean fires;
        if (random != null) {
            fires = random.nextDouble() < probability;
        } else {
            fires = endToEndId.equals(orderEndToEndId) && remaining > 0;
            if (fires) {
                remaining--;
            }
        }
        if (fires) {
            fired++;
        }
        return fires;
    }

    public FaultKind kind() {
        return kind;
    }

    public long millis() {
        return millis;
    }

    public String endToEndId() {
        return endToEndId;
    }

    public Double probability() {
        return probability;
    }

    public Long seed() {
        return seed;
    }

    public synchronized int remaining() {
        return remaining;
    }

    public synchronized int fired() {
        return fired;
    }
}
