package com.fundguard.notification.webhook.application;

/** A webhook request with a field at fault (a URL that is not https, an event type this service does not send): 400. */
public class WebhookRequestRefused extends RuntimeException {

    private final String field;

    public WebhookRequestRefused(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
