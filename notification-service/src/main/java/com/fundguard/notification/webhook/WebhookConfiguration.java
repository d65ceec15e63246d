package com.fundguard.notification.webhook;

import com.fundguard.crypto.envelope.EnvelopeEncryption;
import com.fundguard.crypto.keys.KeyProvider;
import com.fundguard.crypto.keys.Pkcs12KeyProvider;
import com.fundguard.notification.notice.application.NoticedTransfers;
import com.fundguard.notification.notice.application.TransferEventSubscriber;
import com.fundguard.notification.webhook.adapter.in.schedule.WebhookSchedule;
import com.fundguard.notification.webhook.adapter.out.http.JdkHttpWebhookTransport;
import com.fundguard.notification.webhook.adapter.out.json.JsonWebhookPayloads;
import com.fundguard.notification.webhook.adapter.out.persistence.JdbcWebhookDeliveries;
import com.fundguard.notification.webhook.adapter.out.persistence.JdbcWebhookEndpoints;
import com.fundguard.notification.webhook.application.WebhookDeliveries;
import com.fundguard.notification.webhook.application.WebhookDispatcher;
import com.fundguard.notification.webhook.application.WebhookEndpoints;
import com.fundguard.notification.webhook.application.WebhookScheduling;
import com.fundguard.notification.webhook.application.WebhookSubscriptions;
import com.fundguard.notification.webhook.domain.WebhookRetryPolicy;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires webhooks: endpoints with encrypted secrets, a delivery per subscribed event, the dispatcher and its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfiguration {

    /**
     * The key-encryption key for secrets this service keeps (webhook signing secrets): a PKCS#12 keystore
     * ({@code fundguard.notification.secret-keys.keystore} and {@code .password}, from the environment), created with a
     * fresh KEK on first start, as identity-service keeps its TOTP seeds.
     */
    @Bean(destroyMethod = "close")
    Pkcs12KeyProvider notificationSecretKeys(@Value("${fundguard.notification.secret-keys.keystore}") Path keystore,
                                             @Value("${fundguard.notification.secret-keys.password}") String password) {
        if (password.isBlank()) {
            throw new IllegalStateException("fundguard.notification.secret-keys.password (the KEK keystore's password) is not set");
        }
        return Pkcs12KeyProvider.openOrCreate(keystore, password.toCharArray(), "notification-secrets-1");
    }

    @Bean
    WebhookEndpoints webhookEndpoints(JdbcClient jdbc, KeyProvider notificationSecretKeys) {
        return new JdbcWebhookEndpoints(jdbc, new EnvelopeEncryption(notificationSecretKeys));
    }

    @Bean
    WebhookDeliveries webhookDeliveries(JdbcClient jdbc) {
        return new JdbcWebhookDeliveries(jdbc);
    }

    @Bean
    WebhookSubscriptions webhookSubscriptions(WebhookEndpoints endpoints, WebhookDeliveries deliveries,
                                              WebhookSettings settings, TransactionTemplate transactions, Clock clock) {
        return new WebhookSubscriptions(endpoints, deliveries, settings.urlPolicy(), transactions, new SecureRandom(), clock);
    }

    /** Hears of every applied event in its inbox transaction (see NoticeConfiguration). */
    @Bean
    TransferEventSubscriber webhookScheduling(WebhookEndpoints endpoints, WebhookDeliveries deliveries,
                                              NoticedTransfers transfers, JsonMapper json, Clock clock) {
        return new WebhookScheduling(endpoints, deliveries, transfers, new JsonWebhookPayloads(json), clock);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(WebhookDeliveries deliveries, WebhookEndpoints endpoints, WebhookSettings settings,
                                        TransactionTemplate transactions, Clock clock) {
        return new WebhookDispatcher(deliveries, endpoints,
                new JdkHttpWebhookTransport(settings.connectTimeout(), settings.readTimeout(), settings.urlPolicy()),
                new WebhookRetryPolicy(settings.firstRetry(), settings.maxRetry(), settings.maxAttempts()),
                transactions, clock, settings.batch());
    }

    @Bean
    WebhookSchedule webhookSchedule(WebhookDispatcher dispatcher, WebhookSettings settings) {
        return new WebhookSchedule(dispatcher, settings.batch());
    }
}
