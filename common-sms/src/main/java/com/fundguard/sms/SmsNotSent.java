package com.fundguard.sms;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An SMS that did not go out, and whether trying again can help. The exception names the message id and the reason,
 * never the text.
 */
public abstract sealed class SmsNotSent extends RuntimeException {

    private final String messageId;

    private SmsNotSent(String messageId, String reason, Throwable cause) {
        super("SMS " + messageId + " not sent: " + reason, cause);
        this.messageId = Objects.requireNonNull(messageId, "messageId");
    }

    public String messageId() {
        return messageId;
    }

    /** Try later with the same message id: the gateway is down, slow or throttling. */
    public static final class Deferred extends SmsNotSent {

        private final Duration retryAfter;

        public Deferred(String messageId, String reason, Duration retryAfter, Throwable cause) {
            super(messageId, reason, cause);
            this.retryAfter = retryAfter;
        }

        /** The wait the gateway asked for, if it named one; otherwise the caller's own backoff decides. */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /** Never: retrying the same message cannot succeed (number unknown or barred, text refused). */
    public static final class Refused extends SmsNotSent {

        public Refused(String messageId, String reason) {
            super(messageId, reason, null);
        }
    }
}
