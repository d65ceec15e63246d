package com.fundguard.notification.webhook.adapter.out.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fundguard.notification.webhook.application.WebhookPayloads;
import com.fundguard.notification.webhook.domain.WebhookEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook payload as JSON (README "Webhooks"): the event's id, type and time, the enterprise, and the transfer as
 * this service knows it. Fields this service does not know (a transfer heard of late) are left out, never null.
 */
public class JsonWebhookPayloads implements WebhookPayloads {

    private final JsonMapper json;

    public JsonWebhookPayloads(JsonMapper json) {
        this.json = json;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PayloadV1(String eventId, String eventType, String occurredAt, String enterpriseId, Transfer transfer) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Transfer(String id, String reference, String amount, String currency, Payee payee, String state, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Payee(String name, String maskedAccountNumber) {
    }

    @Override
    public String render(WebhookEvent e) {
        Payee payee = e.payeeName().isEmpty() && e.maskedPayeeAccount().isEmpty() ? null
                : new Payee(e.payeeName().orElse(null), e.maskedPayeeAccount().orElse(null));
        return json.writeValueAsString(new PayloadV1(e.eventId(), e.eventType(), e.occurredAt().toString(),
                e.enterpriseId().toString(), new Transfer(e.transferId().toString(), e.reference().orElse(null),
                e.amount().orElse(null), e.currency().orElse(null), payee, e.state(), e.reason().orElse(null))));
    }
}
