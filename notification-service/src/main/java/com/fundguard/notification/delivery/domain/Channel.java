package com.fundguard.notification.delivery.domain;

/** How a message reaches a person. */
public enum Channel {
    /** The in-app inbox: always on, the record of everything a person was told. */
    INBOX,
    /** Live push to open browsers and the mobile app; replayed after a reconnect from the last id seen. */
    SSE,
    /** SMTP to the address the person gave in their preferences. */
    EMAIL
}
