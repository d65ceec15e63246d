package com.fundguard.notification.delivery.application;

/** The channel could not take the message now; the delivery is tried again later. The message names no secret. */
public class ChannelUnavailableException extends Exception {

    public ChannelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
