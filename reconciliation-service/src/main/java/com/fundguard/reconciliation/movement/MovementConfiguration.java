package com.fundguard.reconciliation.movement;

import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.events.inbox.EventHandlers;
import com.fundguard.reconciliation.movement.adapter.in.kafka.ExecutionEventHandler;
import com.fundguard.reconciliation.movement.adapter.out.persistence.JdbcExpectedMovements;
import com.fundguard.reconciliation.movement.application.ExecutionOutcomes;
import com.fundguard.reconciliation.movement.application.ExpectedMovements;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class MovementConfiguration {

    @Bean
    ExpectedMovements expectedMovements(JdbcClient jdbc, Clock clock) {
        return new JdbcExpectedMovements(jdbc, clock);
    }

    @Bean
    ExecutionOutcomes executionOutcomes(ExpectedMovements movements) {
        return new ExecutionOutcomes(movements);
    }

    @Bean
    EventHandlers executionEventHandlers(EventEnvelopeCodec codec, ExecutionOutcomes outcomes) {
        return new EventHandlers(Arrays.stream(ExecutionEventHandler.Reported.values())
                .map(reported -> (EventHandler) new ExecutionEventHandler(reported, codec, outcomes))
                .toList());
    }
}
