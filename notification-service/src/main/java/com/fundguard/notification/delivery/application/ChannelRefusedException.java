package com.fundguard.notification.delivery.application;

/**
 * The channel will never take this message (no phone number, a number or text the SMS gateway refuses): the delivery
 * fails for good instead of being retried forever. The message names the reason, never the text or a secret.
 */
public class ChannelRefusedException extends Exception {

    public ChannelRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
