package com.fundguard.notification.delivery.application;

/**
 * Asks for a dispatch round as soon as the deliveries just scheduled are committed, so a message due now goes out in
 * milliseconds instead of waiting for the next periodic round (which remains for retries and quiet hours ending).
 */
public interface DispatchRequests {

    /** A round soon after the current transaction commits (at once when there is none); nothing if it rolls back. */
    void afterCommit();
}
