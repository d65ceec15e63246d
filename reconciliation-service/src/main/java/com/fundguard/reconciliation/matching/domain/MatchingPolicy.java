package com.fundguard.reconciliation.matching.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * How far the matcher may stretch, per enterprise.
 *
 * @param dateWindowDays how many days a booking date may lie before or after a transfer's execution date in the
 *                       window pass, the tolerance pass and the group pass
 * @param tolerances     per currency; a currency without one tolerates nothing
 * @param maxGroupSize   the most transfers one line may settle (a batch booking) and the most lines one transfer may
 *                       be booked as; below 2 the group pass is off
 */
public record MatchingPolicy(int dateWindowDays, Map<Currency, Tolerance> tolerances, int maxGroupSize) {

    public MatchingPolicy {
        if (dateWindowDays < 0) {
            throw new IllegalArgumentException("dateWindowDays must not be negative: " + dateWindowDays);
        }
        tolerances = Map.copyOf(Objects.requireNonNull(tolerances, "tolerances"));
        if (maxGroupSize < 0) {
            throw new IllegalArgumentException("maxGroupSize must not be negative: " + maxGroupSize);
        }
    }

    /** Three days either side, groups of up to ten, no tolerances: nothing that is not equal to the cent. */
    public static MatchingPolicy strict() {
        return new MatchingPolicy(3, Map.of(), 10);
    }

    public Tolerance toleranceFor(Currency currency) {
        return tolerances.getOrDefault(currency, Tolerance.NONE);
    }

    /**
     * @param fee      a bank charge deducted with the payment: the line may be larger than the transfer by up to this
     * @param rounding a currency rounding: the line may differ from the transfer either way by up to this
     */
    public record Tolerance(BigDecimal fee, BigDecimal rounding) {

        public static final Tolerance NONE = new Tolerance(BigDecimal.ZERO, BigDecimal.ZERO);

        public Tolerance {
            Objects.requireNonNull(fee, "fee");
            Objects.requireNonNull(rounding, "rounding");
            if (fee.signum() < 0 || rounding.signum() < 0) {
                throw new IllegalArgumentException("tolerances are never negative: fee " + fee + ", rounding " + rounding);
            }
        }
    }
}
