package com.fundguard.notification.delivery.application;

import com.fundguard.notification.delivery.domain.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where deliveries are kept. */
public interface Deliveries {

    /** Keeps a new delivery; one that exists for the same cause, recipient and channel is kept as it is. */
    void schedule(Delivery delivery);

    /** Pending deliveries due by {@code now}, locked for this transaction; others' locked ones are skipped. */
    List<Delivery> claimDue(Instant now, int limit);

    void update(Delivery delivery);

    /**
     * Takes the person's next live-stream number (1, 2, 3, ...). Their counter stays locked until this transaction
     * ends, so their numbers commit in the order they are taken.
     */
    long nextStreamSequence(UUID enterpriseId, UUID recipientId);

    /** Records the live-stream number a delivery was sent with. */
    void numberOnStream(UUID deliveryId, long sequence);

    /** The last number a person's stream was sent, 0 when none. */
    long lastStreamSequence(UUID enterpriseId, UUID recipientId);

    /** A person's sent SSE deliveries numbered after {@code sequence}, in order, with their numbers. */
    List<StreamedDelivery> streamedAfter(UUID enterpriseId, UUID recipientId, long sequence);

    record StreamedDelivery(long position, Delivery delivery) {
    }
}
