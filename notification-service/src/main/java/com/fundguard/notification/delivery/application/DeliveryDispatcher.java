package com.fundguard.notification.delivery.application;

import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;
import com.fundguard.notification.delivery.domain.RetryBackoff;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends due deliveries through their channel's sender. A channel that is down leaves the delivery pending for a
 * later attempt (exponential backoff), never dropped; a channel that refuses a message for good fails it (FAILED,
 * with the reason) rather than retrying it forever. The claim holds row locks until the outcome is written, so
 * two instances never send the same delivery together.
 */
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Deliveries deliveries;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final RetryBackoff backoff;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final int batch;

    public DeliveryDispatcher(Deliveries deliveries, List<ChannelSender> senders, RetryBackoff backoff,
                              TransactionOperations transactions, Clock clock, int batch) {
        this.deliveries = deliveries;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.backoff = backoff;
        this.transactions = transactions;
        this.clock = clock;
        this.batch = batch;
    }

    /** One round: sends what is due; returns how many were sent. */
    public int dispatchDue() {
        Integer sent = transactions.execute(status -> {
            int count = 0;
            // By recipient: every round takes the recipients' stream counters in one order, so two never deadlock.
            List<Delivery> claimed = deliveries.claimDue(now(), batch).stream()
                    .sorted(Comparator.comparing(Delivery::recipientId)).toList();
            for (Delivery due : claimed) {
                ChannelSender sender = senders.get(due.channel());
                try {
                    if (sender == null) {
                        throw new ChannelUnavailableException("no sender for channel " + due.channel(), null);
                    }
                    long sequence = 0;
                    if (due.channel() == Channel.SSE) {
                        sequence = deliveries.nextStreamSequence(due.enterpriseId(), due.recipientId());
                        deliveries.numberOnStream(due.id(), sequence);
                    }
                    sender.send(due, sequence);
                    deliveries.update(due.sent(now()));
                    count++;
                } catch (ChannelRefusedException refused) {
                    // Visible: the row is FAILED with the reason, and the log says so; retrying could not help.
                    log.warn("{} delivery {} to {} of enterprise {} refused for good, not tried again: {}", due.channel(),
                            due.id(), due.recipientId(), due.enterpriseId(), refused.getMessage());
                    deliveries.update(due.refused(refused.getMessage()));
                } catch (ChannelUnavailableException | RuntimeException failure) {
                    Delivery later = due.retryLater(failure.getClass().getSimpleName() + ": " + failure.getMessage(), now(), backoff);
                    log.warn("{} delivery {} not sent (attempt {}), next attempt at {}: {}", due.channel(), due.id(),
                            later.failedAttempts(), later.nextAttemptAt(), failure.getMessage());
                    deliveries.update(later);
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
