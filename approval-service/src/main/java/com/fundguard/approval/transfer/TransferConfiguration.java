package com.fundguard.approval.transfer;

import com.fundguard.approval.transfer.adapter.in.kafka.BankOutcomeHandler;
import com.fundguard.approval.transfer.adapter.out.events.OutboxTransferEvents;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandlers;
import com.fundguard.approval.transfer.adapter.out.identity.IdentityServiceApproverDirectory;
import com.fundguard.approval.transfer.adapter.out.persistence.JdbcTransferRequests;
import com.fundguard.approval.transfer.adapter.out.routing.BuiltInRouting;
import com.fundguard.approval.transfer.adapter.out.routing.RulesServiceRouting;
import com.fundguard.approval.transfer.adapter.out.voucher.VoucherServiceDirectory;
import com.fundguard.approval.transfer.application.ApplicantLimitCheck;
import com.fundguard.approval.transfer.application.ApproverDirectory;
import com.fundguard.approval.transfer.application.Routing;
import com.fundguard.approval.transfer.application.TransferDecisions;
import com.fundguard.approval.transfer.application.TransferEvents;
import com.fundguard.approval.transfer.application.TransferExpiry;
import com.fundguard.approval.transfer.application.TransferQueries;
import com.fundguard.approval.transfer.application.TransferRequests;
import com.fundguard.approval.transfer.application.TransferSubmission;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.security.client.ServiceClients;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the transfer capability: use cases on ports, ports on adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BuiltInRouting.Settings.class)
class TransferConfiguration {

    @Bean
    TransferRequests transferRequests(JdbcClient jdbc, JsonMapper json) {
        return new JdbcTransferRequests(jdbc, json);
    }

    @Bean
    TransferEvents transferEvents(EventOutbox outbox) {
        return new OutboxTransferEvents(outbox);
    }

    /**
     * {@code fundguard.approval.routing.source}: {@code rules-service} (the enterprise's published rules, the default)
     * or {@code built-in} (the patent routing only, for a service tested on its own). rules-service and
     * voucher-capture-service answer approval-service as itself (its client-credentials token, mesh TLS).
     */
    @Bean
    Routing routing(BuiltInRouting.Settings settings, ServiceClients services,
                    @Value("${fundguard.approval.routing.source:rules-service}") String source,
                    @Value("${fundguard.approval.rules-url:http://localhost:8083}") String rulesUrl,
                    @Value("${fundguard.approval.voucher-url:http://localhost:8085}") String voucherUrl,
                    @Value("${fundguard.approval.business-zone:Asia/Shanghai}") ZoneId businessZone) {
        BuiltInRouting builtIn = new BuiltInRouting(settings);
        return switch (source) {
            case "built-in" -> builtIn;
            case "rules-service" -> new RulesServiceRouting(services.asThisService(rulesUrl), builtIn,
                    new VoucherServiceDirectory(services.asThisService(voucherUrl)), businessZone);
            default -> throw new IllegalStateException("fundguard.approval.routing.source is built-in or rules-service, not " + source);
        };
    }

    /** identity-service answers only callers with a token: approval-service asks as itself (client credentials). */
    @Bean
    ApproverDirectory approverDirectory(ServiceClients services,
                                        @Value("${fundguard.approval.identity-url:http://localhost:8081}") String identityUrl) {
        return new IdentityServiceApproverDirectory(services.asThisService(identityUrl));
    }

    @Bean
    TransferSubmission transferSubmission(TransferRequests requests, TransferEvents events, Routing routing,
                                          ApplicantLimitCheck limits, TransactionTemplate transactions, Clock clock) {
        return new TransferSubmission(requests, events, routing, limits, transactions, clock);
    }

    @Bean
    com.fundguard.approval.transfer.application.ConfirmationThresholds confirmationThresholds(org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
        return new com.fundguard.approval.transfer.adapter.out.persistence.JdbcConfirmationThresholds(jdbc, clock);
    }

    @Bean
    com.fundguard.approval.transfer.application.ConfirmationVerifier confirmationVerifier(
            @Value("${fundguard.approval.confirmation.jwk-set-uri:http://localhost:8081/oauth2/jwks}") java.net.URI jwkSetUri,
            ServiceClients services) {
        return com.fundguard.approval.transfer.adapter.out.confirmation.JwsConfirmationVerifier.fromJwkSet(jwkSetUri, services.forPublicReads());
    }

    /**
     * Without a threshold of its own an enterprise gets {@code fundguard.approval.confirmation.default-threshold}:
     * zero by default, so every decision is confirmed until the owner says otherwise.
     */
    @Bean
    com.fundguard.approval.transfer.application.ContentBoundConfirmation contentBoundConfirmation(
            com.fundguard.approval.transfer.application.ConfirmationVerifier verifier,
            com.fundguard.approval.transfer.application.ConfirmationThresholds thresholds,
            @Value("${fundguard.approval.confirmation.default-threshold:0}") java.math.BigDecimal defaultThreshold) {
        return new com.fundguard.approval.transfer.application.ContentBoundConfirmation(verifier, thresholds, defaultThreshold);
    }

    @Bean
    TransferDecisions transferDecisions(TransferRequests requests, TransferEvents events, ApproverDirectory directory,
                                        com.fundguard.approval.transfer.application.ContentBoundConfirmation confirmation,
                                        TransactionTemplate transactions, Clock clock) {
        return new TransferDecisions(requests, events, directory, confirmation, transactions, clock);
    }

    @Bean
    TransferExpiry transferExpiry(TransferRequests requests, TransferEvents events, TransactionTemplate transactions, Clock clock,
                                  @Value("${fundguard.approval.decision-deadline:72h}") Duration deadline) {
        return new TransferExpiry(requests, events, transactions, clock, deadline);
    }

    /** Looks for overdue requests every {@code fundguard.approval.expiry-interval} (one minute by default). */
    @Bean
    ExpiryJob expiryJob(TransferExpiry expiry, @Value("${fundguard.approval.expiry-interval:1m}") Duration interval) {
        return new ExpiryJob(expiry, interval);
    }

    /** The bank side's reports this service follows, one handler per event type. */
    @Bean
    EventHandlers bankOutcomeHandlers(EventEnvelopeCodec codec, TransferDecisions decisions) {
        return new EventHandlers(java.util.Arrays.stream(BankOutcomeHandler.Followed.values())
                .map(followed -> (com.fundguard.events.inbox.EventHandler) new BankOutcomeHandler(followed, codec, decisions))
                .toList());
    }

    @Bean
    TransferQueries transferQueries(TransferRequests requests, ApproverDirectory directory) {
        return new TransferQueries(requests, directory);
    }
}
