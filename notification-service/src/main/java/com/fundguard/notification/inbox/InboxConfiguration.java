package com.fundguard.notification.inbox;

import com.fundguard.notification.inbox.adapter.out.persistence.JdbcInboxMessages;
import com.fundguard.notification.inbox.application.InboxMessages;
import com.fundguard.notification.inbox.application.UserInbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the in-app inbox: use case on its port, the port on JDBC. The notice capability fills it. */
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
}
