package com.fundguard.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * An event as it travels between services: a CloudEvents 1.0 structured-mode JSON document
 * ({@code application/cloudevents+json}). {@code enterpriseid} is a CloudEvents extension attribute naming
 * the tenant; {@code traceparent} is the Distributed Tracing extension. {@code subject} is the aggregate id and
 * also the Kafka key, so one aggregate's events stay in order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String enterpriseid,
        String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public EventEnvelope {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("specversion must be " + SPEC_VERSION);
        }
        requireText(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        requireText(subject, "subject");
        requireText(enterpriseid, "enterpriseid");
        if (time == null || data == null) {
            throw new MalformedEventException("time and data are required");
        }
    }

    private static void requireText(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException(attribute + " is required");
        }
    }
}
