package com.fundguard.notification.delivery.domain;

/** How a message reaches a person. */
public enum Channel {
    /** The in-app inbox: always on, the record of everything a person was told. */
    INBOX,
    /** Live push to open browsers and the mobile app; replayed after a reconnect from the last id seen. */
    SSE,
    /** SMTP to the address the person gave in their preferences. */
    EMAIL,
    /**
     * A text message (common-sms's {@code SmsSender}) to the number the person registered at identity-service for SMS
     * codes, asked of its directory when sent; only where an SMS sender is configured.
     */
    SMS
}
