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

    /** The SSE position of a delivery (its event id on the stream). */
    long streamPositionOf(UUID deliveryId);

    /** A person's sent SSE deliveries after {@code position}, oldest first, with their positions. */
    List<StreamedDelivery> streamedAfter(UUID enterpriseId, UUID recipientId, long position);

    record StreamedDelivery(long position, Delivery delivery) {
    }
}
