package com.fundguard.notification.reminder.adapter.in.schedule;

import com.fundguard.notification.reminder.application.ApprovalFollowUps;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminder scan at a fixed pace ({@code fundguard.notification.reminders.scan-every}, PT1M: reminders count
 * hours, so a minute late is on time); a round that looked at a full batch is followed by the next one at once.
 */
public class ReminderSchedule {

    private final ApprovalFollowUps followUps;
    private final int batch;

    public ReminderSchedule(ApprovalFollowUps followUps, int batch) {
        this.followUps = followUps;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${fundguard.notification.reminders.scan-every:PT1M}",
            initialDelayString = "${fundguard.notification.reminders.scan-every:PT1M}")
    public void scan() {
        while (followUps.followUpDue() >= batch) {
            // a full batch: more may be due
        }
    }
}
