package com.fundguard.events.inbox;

import com.fundguard.events.EventEnvelope;

/**
 * Applies one type of event to the consuming service. Runs in the transaction that also records the event in
 * the inbox, so an event is applied exactly once however often it is delivered. Declare one bean per type.
 */
public interface EventHandler {

    /** The event type this handler applies, e.g. {@code com.fundguard.transfer.submitted.v1}. */
    String eventType();

    void apply(EventEnvelope event);
}
