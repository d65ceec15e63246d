package com.fundguard.notification.inbox;

import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.notification.inbox.adapter.in.kafka.TransferProgressHandler;
import com.fundguard.notification.inbox.adapter.in.kafka.TransferSubmittedHandler;
import com.fundguard.notification.inbox.domain.TransferProgressNotice;
import com.fundguard.notification.inbox.adapter.out.persistence.JdbcInboxMessages;
import com.fundguard.notification.inbox.application.InboxMessages;
import com.fundguard.notification.inbox.application.UserInbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the in-app inbox: use case on its port, the port on JDBC, the event handlers on the use case. */
@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

    @Bean
    InboxMessages inboxMessages(JdbcClient jdbc) {
        return new JdbcInboxMessages(jdbc);
    }

    @Bean
    UserInbox userInbox(InboxMessages messages, Clock clock) {
        return new UserInbox(messages, clock);
    }

    @Bean
    TransferSubmittedHandler transferSubmittedHandler(EventEnvelopeCodec codec, UserInbox inbox) {
        return new TransferSubmittedHandler(codec, inbox);
    }

    // One bean per progress event type, so the dispatcher knows each type (an unknown type is dead-lettered).

    @Bean
    TransferProgressHandler transferAuditedHandler(EventEnvelopeCodec codec, UserInbox inbox) {
        return new TransferProgressHandler("com.fundguard.transfer.audited.v1", TransferProgressNotice.Kind.AUDITED, codec, inbox);
    }

    @Bean
    TransferProgressHandler transferStepApprovedHandler(EventEnvelopeCodec codec, UserInbox inbox) {
        return new TransferProgressHandler("com.fundguard.transfer.step-approved.v1", TransferProgressNotice.Kind.STEP_APPROVED, codec, inbox);
    }

    @Bean
    TransferProgressHandler transferAuthorizedHandler(EventEnvelopeCodec codec, UserInbox inbox) {
        return new TransferProgressHandler("com.fundguard.transfer.authorized.v1", TransferProgressNotice.Kind.AUTHORIZED, codec, inbox);
    }

    @Bean
    TransferProgressHandler transferRejectedHandler(EventEnvelopeCodec codec, UserInbox inbox) {
        return new TransferProgressHandler("com.fundguard.transfer.rejected.v1", TransferProgressNotice.Kind.REJECTED, codec, inbox);
    }

    @Bean
    TransferProgressHandler transferCancelledHandler(EventEnvelopeCodec codec, UserInbox inbox) {
        return new TransferProgressHandler("com.fundguard.transfer.cancelled.v1", TransferProgressNotice.Kind.CANCELLED, codec, inbox);
    }

    @Bean
    TransferProgressHandler transferExpiredHandler(EventEnvelopeCodec codec, UserInbox inbox) {
        return new TransferProgressHandler("com.fundguard.transfer.expired.v1", TransferProgressNotice.Kind.EXPIRED, codec, inbox);
    }
}
