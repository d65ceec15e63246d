package com.fundguard.identity.directory;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.identity.directory.adapter.out.events.OutboxDirectoryEvents;
import com.fundguard.identity.directory.adapter.out.persistence.Argon2PasswordHasher;
import com.fundguard.identity.directory.adapter.out.persistence.JdbcDirectory;
import com.fundguard.identity.directory.application.Directory;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    JdbcDirectory jdbcDirectory(JdbcClient jdbc) {
        return new JdbcDirectory(jdbc);
    }

    @Bean
    Directory directory(JdbcDirectory store, EventOutbox outbox, TransactionTemplate transactions, Clock clock) {
        return new Directory(store, store, new Argon2PasswordHasher(), new OutboxDirectoryEvents(outbox), transactions, clock);
    }
}
