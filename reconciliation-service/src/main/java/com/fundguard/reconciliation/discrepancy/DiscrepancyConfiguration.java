package com.fundguard.reconciliation.discrepancy;

import com.fundguard.calendar.BusinessCalendar;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.reconciliation.discrepancy.adapter.in.schedule.OverdueCaseScan;
import com.fundguard.reconciliation.discrepancy.adapter.out.calendar.ConfiguredBusinessCalendars;
import com.fundguard.reconciliation.discrepancy.adapter.out.events.OutboxDiscrepancyEvents;
import com.fundguard.reconciliation.discrepancy.adapter.out.persistence.JdbcCaseRecords;
import com.fundguard.reconciliation.discrepancy.application.BusinessCalendars;
import com.fundguard.reconciliation.discrepancy.application.DiscrepancyCases;
import com.fundguard.reconciliation.discrepancy.domain.AttachmentPolicy;
import com.fundguard.reconciliation.discrepancy.domain.DeadlinePolicy;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.discrepancy.domain.DisputeWindow;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DiscrepancySettings.class)
class DiscrepancyConfiguration {

    /** Each enterprise's business calendar: case deadlines fall on it, and the open-cases report ages cases on it. */
    @Bean
    BusinessCalendars businessCalendars(DiscrepancySettings settings) {
        Map<UUID, BusinessCalendar> own = new HashMap<>();
        settings.enterprises().forEach((enterprise, calendar) -> own.put(enterprise, calendar(calendar)));
        return new ConfiguredBusinessCalendars(calendar(settings.calendar()), own);
    }

    @Bean
    DiscrepancyCases discrepancyCases(JdbcClient jdbc, EventOutbox outbox, TransactionTemplate transactions, Clock clock,
                                      DiscrepancySettings settings, BusinessCalendars calendars) {
        Map<DiscrepancyType, DeadlinePolicy.Rule> byType = new EnumMap<>(DiscrepancyType.class);
        settings.deadlines().byType().forEach((type, rule) -> byType.put(type, new DeadlinePolicy.Rule(rule.businessDays(), rule.at())));
        DeadlinePolicy deadlines = new DeadlinePolicy(new DeadlinePolicy.Rule(settings.deadlines().businessDays(), settings.deadlines().at()),
                byType);
        return new DiscrepancyCases(new JdbcCaseRecords(jdbc), new OutboxDiscrepancyEvents(outbox), calendars, deadlines,
                DisputeWindow.days(settings.disputeWindowDays()),
                new AttachmentPolicy(settings.attachments().maxSize().toBytes(), settings.attachments().types()), transactions, clock);
    }

    @Bean
    OverdueCaseScan overdueCaseScan(DiscrepancyCases cases, DiscrepancySettings settings) {
        return new OverdueCaseScan(cases, settings.scanBatch());
    }

    private static BusinessCalendar calendar(DiscrepancySettings.Calendar c) {
        return new BusinessCalendar(c.zone(), c.opens(), c.closes(), c.weekend(), java.util.Set.copyOf(c.holidays()),
                java.util.Set.copyOf(c.extraWorkingDays()));
    }
}
