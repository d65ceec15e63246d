package com.fundguard.events.inbox;

/** No handler for this type: never acknowledged silently, never retried; it goes to the dead-letter topic. */
public class UnknownEventTypeException extends RuntimeException {

    public UnknownEventTypeException(String eventType) {
        super("no handler for event type " + eventType);
    }
}
