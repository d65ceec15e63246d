package com.fundguard.notification.reminder;

import com.fundguard.notification.notice.application.EnterpriseLocales;
import com.fundguard.notification.notice.application.NoticeChannel;
import com.fundguard.notification.notice.application.NoticedTransfers;
import com.fundguard.notification.notice.application.PeopleDirectory;
import com.fundguard.notification.reminder.adapter.in.schedule.ReminderSchedule;
import com.fundguard.notification.reminder.adapter.out.persistence.JdbcReminderPolicies;
import com.fundguard.notification.reminder.adapter.out.persistence.JdbcWaitingSteps;
import com.fundguard.notification.reminder.application.ApprovalFollowUps;
import com.fundguard.notification.reminder.application.EnterpriseReminderPolicies;
import com.fundguard.notification.reminder.application.ReminderDefaults;
import com.fundguard.notification.reminder.application.ReminderPolicies;
import com.fundguard.notification.reminder.application.WaitingStepTracking;
import com.fundguard.notification.reminder.application.WaitingSteps;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires reminders: the steps that wait are kept from the transfer events (a subscriber of the notices), the scan
 * follows them up by each enterprise's policy and tells people through the notices' channel (deliveries).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
class ReminderConfiguration {

    @Bean
    WaitingSteps waitingSteps(JdbcClient jdbc) {
        return new JdbcWaitingSteps(jdbc);
    }

    @Bean
    ReminderPolicies reminderPolicies(JdbcClient jdbc) {
        return new JdbcReminderPolicies(jdbc);
    }

    @Bean
    EnterpriseReminderPolicies enterpriseReminderPolicies(ReminderPolicies policies, WaitingSteps steps,
                                                          ReminderSettings settings, TransactionTemplate transactions,
                                                          Clock clock) {
        ReminderSettings.Defaults d = settings.defaults();
        return new EnterpriseReminderPolicies(policies, steps, new ReminderDefaults(d.remindAfter(),
                d.escalateAfterReminder(), d.zone(), d.opens(), d.closes(), d.weekend()), transactions, clock);
    }

    @Bean
    WaitingStepTracking waitingStepTracking(NoticedTransfers transfers, WaitingSteps steps) {
        return new WaitingStepTracking(transfers, steps);
    }

    @Bean
    ApprovalFollowUps approvalFollowUps(WaitingSteps steps, EnterpriseReminderPolicies policies,
                                        NoticedTransfers transfers, PeopleDirectory directory, EnterpriseLocales locales,
                                        NoticeChannel channel, TransactionTemplate transactions, Clock clock,
                                        ReminderSettings settings) {
        return new ApprovalFollowUps(steps, policies, transfers, directory, locales, channel, transactions, clock,
                settings.batch(), settings.lookAgainAfter());
    }

    @Bean
    ReminderSchedule reminderSchedule(ApprovalFollowUps followUps, ReminderSettings settings) {
        return new ReminderSchedule(followUps, settings.batch());
    }
}
