package com.fundguard.approval.statistics;

import com.fundguard.approval.statistics.adapter.out.persistence.JdbcStatisticsQueries;
import com.fundguard.approval.statistics.application.StatisticsQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class StatisticsConfiguration {

    @Bean
    StatisticsQueries statisticsQueries(JdbcClient jdbc) {
        return new JdbcStatisticsQueries(jdbc);
    }
}
