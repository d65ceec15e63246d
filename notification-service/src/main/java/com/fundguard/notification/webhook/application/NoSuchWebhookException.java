package com.fundguard.notification.webhook.application;

/** No such endpoint or delivery in the caller's enterprise (another enterprise's look the same: absent): 404. */
public class NoSuchWebhookException extends RuntimeException {

    public NoSuchWebhookException(String what) {
        super(what + " is not known in this enterprise");
    }
}
