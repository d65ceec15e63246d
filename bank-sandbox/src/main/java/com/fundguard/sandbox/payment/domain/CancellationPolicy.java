package com.fundguard.sandbox.payment.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * The sandbox bank's rules for a recall: the request must name a booked order with its amount and currency, come
 * before the cut-off (a time after booking), and a creditor at this bank must still hold the amount. Checked in that
 * order; the first failure is the answer.
 */
public final class CancellationPolicy {

    private CancellationPolicy() {
    }

    public sealed interface Decision {
        record Reverse() implements Decision {
        }

        record Refuse(CancellationRefusal reason) implements Decision {
        }
    }

    /**
     * @param creditorHere the creditor's account when the order credited an account of this bank; empty otherwise
     */
    public static Decision decide(Optional<OriginalOrder> order, BigDecimal amount, Currency currency, Instant now, Duration cutOff,
                                  Optional<AccountPosition> creditorHere) {
        if (order.isEmpty() || !order.get().booked() || order.get().amount().compareTo(amount) != 0
                || !order.get().currency().equals(currency)) {
            return new Decision.Refuse(CancellationRefusal.NO_ORIGINAL_ORDER);
        }
        if (now.isAfter(order.get().bookedAt().orElseThrow().plus(cutOff))) {
            return new Decision.Refuse(CancellationRefusal.PAST_CUT_OFF);
        }
        if (creditorHere.isPresent() && creditorHere.get().balance().compareTo(amount) < 0) {
            return new Decision.Refuse(CancellationRefusal.CREDITOR_FUNDS_GONE);
        }
        return new Decision.Reverse();
    }
}
