package com.fundguard.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes envelopes as JSON text. Reading is tolerant of attributes and data fields it does not know
 * (CloudEvents extensions; a producer adding a field to a published V1 must not break its consumers) and strict
 * about the required attributes, which the envelope itself checks.
 */
public final class EventEnvelopeCodec {

    private final JsonMapper mapper;

    public EventEnvelopeCodec(JsonMapper mapper) {
        this.mapper = mapper.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    public String write(EventEnvelope envelope) {
        return mapper.writeValueAsString(envelope);
    }

    public EventEnvelope read(String json) {
        if (json == null) {
            throw new MalformedEventException("the record has no value");
        }
        try {
            return mapper.readValue(json, EventEnvelope.class);
        } catch (MalformedEventException e) {
            throw e;
        } catch (JacksonException e) {
            // The original message may quote the payload; name only where it broke.
            throw new MalformedEventException("not a CloudEvents JSON envelope (" + e.getClass().getSimpleName()
                    + " at " + e.getLocation() + ")");
        }
    }

    public <T> T dataAs(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JacksonException e) {
            throw new MalformedEventException("data of " + envelope.type() + " does not fit " + type.getSimpleName());
        }
    }

    JsonMapper mapper() {
        return mapper;
    }
}
