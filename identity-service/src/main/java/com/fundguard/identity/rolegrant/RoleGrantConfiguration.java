package com.fundguard.identity.rolegrant;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.identity.directory.adapter.out.events.OutboxDirectoryEvents;
import com.fundguard.identity.directory.adapter.out.persistence.JdbcDirectory;
import com.fundguard.identity.rolegrant.adapter.out.persistence.JdbcRoleGrantStore;
import com.fundguard.identity.rolegrant.application.RoleGrants;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class RoleGrantConfiguration {

    @Bean
    RoleGrants roleGrants(JdbcClient jdbc, JdbcDirectory directory, EventOutbox outbox, TransactionTemplate transactions, Clock clock) {
        return new RoleGrants(new JdbcRoleGrantStore(jdbc), directory, new OutboxDirectoryEvents(outbox), transactions, clock);
    }
}
