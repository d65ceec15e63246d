package com.fundguard.notification.inbox;

import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandlers;
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

    /** Every progress event of a transfer after submission, told to its applicant. */
    @Bean
    EventHandlers transferProgressHandlers(EventEnvelopeCodec codec, UserInbox inbox) {
        return new EventHandlers(java.util.Arrays.stream(TransferProgressNotice.Kind.values())
                .map(kind -> (com.fundguard.events.inbox.EventHandler) new TransferProgressHandler(kind, codec, inbox))
                .toList());
    }
}
