package com.fundguard.notification.webhook.application;

import com.fundguard.notification.webhook.domain.WebhookEvent;

/** Writes the JSON document an ERP receives; kept as written, so every attempt sends the same bytes. */
public interface WebhookPayloads {

    String render(WebhookEvent event);
}
