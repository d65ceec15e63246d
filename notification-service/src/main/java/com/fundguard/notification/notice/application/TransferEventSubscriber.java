package com.fundguard.notification.notice.application;

import com.fundguard.notification.notice.domain.TransferOccurrence;

/**
 * Hears of every applied transfer and execution event, after the people it concerns were told. Runs inside the event
 * inbox's transaction: what it writes commits with the "event applied" mark, so a redelivered event adds nothing.
 */
public interface TransferEventSubscriber {

    void occurred(TransferOccurrence occurrence);
}
