package com.fundguard.notification.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Transition table of an endpoint: (ENABLED, DISABLED) x (disable, rotateSecret). */
class WebhookEndpointTest {

    final Instant nine = Instant.parse("2026-11-23T09:00:00Z");
    final WebhookEndpoint enabled = WebhookEndpoint.subscribe(UUID.randomUUID(), URI.create("https://erp.example.com/hooks"),
            Set.of("com.fundguard.execution.failed.v1", "com.fundguard.transfer.authorized.v1"), "ERP", UUID.randomUUID(), nine);

    @Test
    void anEnabledEndpointReceivesOnlyTheTypesItSubscribedTo() {
        assertThat(enabled.receives("com.fundguard.execution.failed.v1")).isTrue();
        assertThat(enabled.receives("com.fundguard.transfer.submitted.v1")).isFalse();
    }

    @Test
    void enabledDisableIsDisabledAndReceivesNothingMore() {
        WebhookEndpoint disabled = enabled.disable(nine.plusSeconds(5));

        assertThat(disabled.state()).isEqualTo(WebhookEndpoint.State.DISABLED);
        assertThat(disabled.disabledAt()).contains(nine.plusSeconds(5));
        assertThat(disabled.receives("com.fundguard.execution.failed.v1")).isFalse();
    }

    @Test
    void enabledRotateSecretStaysEnabledAndRemembersWhen() {
        WebhookEndpoint rotated = enabled.rotateSecret(nine.plusSeconds(5));

        assertThat(rotated.state()).isEqualTo(WebhookEndpoint.State.ENABLED);
        assertThat(rotated.secretRotatedAt()).contains(nine.plusSeconds(5));
    }

    @Test
    void disabledDisableIsRefused() {
        WebhookEndpoint disabled = enabled.disable(nine);

        assertThatThrownBy(() -> disabled.disable(nine)).isInstanceOf(WebhookActRefused.class).hasMessageContaining("DISABLED");
    }

    @Test
    void disabledRotateSecretIsRefused() {
        WebhookEndpoint disabled = enabled.disable(nine);

        assertThatThrownBy(() -> disabled.rotateSecret(nine)).isInstanceOf(WebhookActRefused.class).hasMessageContaining("rotateSecret");
    }

    @Test
    void anEndpointWithoutEventTypesCannotExist() {
        assertThatThrownBy(() -> WebhookEndpoint.subscribe(UUID.randomUUID(), URI.create("https://erp.example.com"), Set.of(), "",
                UUID.randomUUID(), nine)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecretNeverShowsInItsPrintedForm() {
        WebhookSecret secret = WebhookSecret.of(new byte[32]);

        assertThat(secret.toString()).doesNotContain(secret.hex()).isEqualTo("WebhookSecret[hidden]");
        assertThat(secret.hex()).hasSize(64);
    }
}
