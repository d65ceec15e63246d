package com.fundguard.events;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fundguard.events.*}. Topics are named {@code <namespace>.<family>} (e.g. {@code fundguard.transfer});
 * tests give each test class a namespace of its own.
 *
 * @param namespace    prefix of every topic name
 * @param source       the CloudEvents {@code source} of what this service publishes, e.g. {@code /approval-service}
 * @param publishes    fact families this service publishes (its topics are created on start)
 * @param consumes     fact families this service consumes (with their dead-letter topics)
 * @param consumerName the inbox's consumer name and Kafka group id
 * @param ignores      event types on consumed topics this service knowingly does not apply (acknowledged, logged);
 *                     a type neither handled nor listed here is unknown and goes to the dead-letter topic
 * @param partitions   partitions of topics this service creates
 * @param replicas     replication factor of topics this service creates (1 locally, 3 in production)
 * @param relay        the outbox relay's pace
 * @param retries      attempts after the first before a failing event goes to the dead-letter topic
 * @param retryBackoff pause between those attempts
 */
@ConfigurationProperties("fundguard.events")
public record EventsProperties(
        @DefaultValue("fundguard") String namespace,
        String source,
        @DefaultValue List<String> publishes,
        @DefaultValue List<String> consumes,
        String consumerName,
        @DefaultValue List<String> ignores,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue Relay relay,
        @DefaultValue("2") int retries,
        @DefaultValue("200ms") Duration retryBackoff) {

    /**
     * @param interval  pause between two polls of the outbox when the last one found nothing
     * @param batchSize rows published per transaction
     * @param sendTimeout how long to wait for the broker's acknowledgement of a batch
     */
    public record Relay(@DefaultValue("100ms") Duration interval,
                        @DefaultValue("200") int batchSize,
                        @DefaultValue("10s") Duration sendTimeout) {
    }
}
