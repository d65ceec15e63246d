package com.fundguard.notification.webhook.domain;

/**
 * An act that the webhook endpoint or delivery cannot take in its present state (replaying a delivered message,
 * disabling an endpoint twice...). Named so the API answers 409 with the reason instead of doing nothing.
 */
public class WebhookActRefused extends RuntimeException {

    private final String state;
    private final String act;

    public WebhookActRefused(String what, Enum<?> state, String act) {
        super(what + " is " + state + ": " + act + " is refused");
        this.state = state.name();
        this.act = act;
    }

    public String state() {
        return state;
    }

    public String act() {
        return act;
    }
}
