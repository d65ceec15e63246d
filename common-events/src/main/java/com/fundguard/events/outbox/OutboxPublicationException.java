package com.fundguard.events.outbox;

/** A batch could not be handed to the broker; its rows stay unpublished and are sent again. */
public class OutboxPublicationException extends RuntimeException {

    public OutboxPublicationException(String message, Throwable cause) {
        super(message, cause);
    }
}
