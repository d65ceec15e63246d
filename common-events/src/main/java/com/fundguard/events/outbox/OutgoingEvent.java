package com.fundguard.events.outbox;

import java.util.Objects;
import java.util.UUID;

/**
 * An event a service wants to publish, as its use case knows it.
 *
 * @param family       the fact family, which names the topic (transfer, execution, voucher, ...)
 * @param type         the versioned event type, e.g. {@code com.fundguard.transfer.submitted.v1}
 * @param aggregateId  the aggregate the event is about: CloudEvents subject and Kafka key
 * @param enterpriseId the tenant
 * @param data         the payload, a record of the service's published event contract
 */
public record OutgoingEvent(String family, String type, String aggregateId, UUID enterpriseId, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(data, "data");
    }
}
