package com.fundguard.notification.reminder.application;

import com.fundguard.notification.notice.application.EnterpriseLocales;
import com.fundguard.notification.notice.application.NoticeChannel;
import com.fundguard.notification.notice.application.NoticedTransfers;
import com.fundguard.notification.notice.application.PeopleDirectory;
import com.fundguard.notification.notice.domain.Notice;
import com.fundguard.notification.notice.domain.NoticeKind;
import com.fundguard.notification.notice.domain.NoticeText;
import com.fundguard.notification.notice.domain.NoticedTransfer;
import com.fundguard.notification.notice.domain.Person;
import com.fundguard.notification.notice.domain.Recipient;
import com.fundguard.notification.notice.domain.Relation;
import com.fundguard.notification.reminder.domain.ApprovalFollowUp;
import com.fundguard.notification.reminder.domain.ApprovalReminders;
import com.fundguard.notification.reminder.domain.FollowUpDecision;
import com.fundguard.notification.reminder.domain.PendingApproval;
import com.fundguard.notification.reminder.domain.ReminderPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The reminder scan: claims the waiting steps due for a look ({@code FOR UPDATE SKIP LOCKED}), asks
 * {@link ApprovalReminders} what is due under the enterprise's own policy, tells the people through the notices'
 * channel (deliveries by their preferences) and keeps the new state, all in one transaction: a reminder is kept as
 * sent exactly when its deliveries are, so a second scan or a second instance finds it sent. The notices are named
 * after the step and the act ({@code approval-reminder/<transfer>/<step>}), so even a repeated act would make no
 * second delivery.
 *
 * <p>Approvers are the people holding the step's role now (the directory, as for the notice that the step waits);
 * the escalation goes to the holders of the next step's role, or the enterprise's admins after the last step.
 */
public class ApprovalFollowUps {

    static final String ENTERPRISE_ADMIN = "ENTERPRISE_ADMIN";
    private static final Logger log = LoggerFactory.getLogger(ApprovalFollowUps.class);

    private final WaitingSteps steps;
    private final EnterpriseReminderPolicies policies;
    private final NoticedTransfers transfers;
    private final PeopleDirectory directory;
    private final EnterpriseLocales locales;
    private final NoticeChannel channel;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final ApprovalReminders reminders;
    private final int batch;
    private final Duration lookAgainAfter;

    public ApprovalFollowUps(WaitingSteps steps, EnterpriseReminderPolicies policies, NoticedTransfers transfers,
                             PeopleDirectory directory, EnterpriseLocales locales, NoticeChannel channel,
                             TransactionOperations transactions, Clock clock, int batch, Duration lookAgainAfter) {
        this.steps = steps;
        this.policies = policies;
        this.transfers = transfers;
        this.directory = directory;
        this.locales = locales;
        this.channel = channel;
        this.transactions = transactions;
        this.clock = clock;
        this.reminders = new ApprovalReminders(clock);
        this.batch = batch;
        this.lookAgainAfter = lookAgainAfter;
    }

    /** One round: follows up the steps due now; returns how many were looked at. */
    public int followUpDue() {
        Integer looked = transactions.execute(status -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<WaitingStep> due = steps.claimDue(now, batch);
            due.forEach(step -> followUp(step, now));
            return due.size();
        });
        return looked == null ? 0 : looked;
    }

    private void followUp(WaitingStep step, Instant now) {
        Optional<NoticedTransfer> kept = transfers.find(step.enterpriseId(), step.transferId());
        if (kept.isEmpty() || step.stepIndex() >= kept.get().stepRoles().size()) {
            // Cannot happen while steps start only from a kept route; said loudly rather than looked at forever.
            log.error("waiting step {} of transfer {} (enterprise {}) has no route step kept: it is not followed up",
                    step.stepIndex(), step.transferId(), step.enterpriseId());
            steps.followedUp(step, Optional.empty());
            return;
        }
        NoticedTransfer transfer = kept.get();
        List<String> roles = transfer.stepRoles();
        String role = roles.get(step.stepIndex());
        Map<UUID, Person> approvers;
        Map<UUID, Person> next;
        Map<UUID, Person> admins;
        try {
            approvers = holders(step.enterpriseId(), role);
            next = step.stepIndex() + 1 < roles.size() ? holders(step.enterpriseId(), roles.get(step.stepIndex() + 1)) : Map.of();
            admins = holders(step.enterpriseId(), ENTERPRISE_ADMIN);
        } catch (RuntimeException directoryDown) {
            // One enterprise's step must not hold up the others' in this round; this one is looked at again soon.
            Instant later = now.plus(lookAgainAfter);
            log.warn("the directory did not answer for transfer {} (enterprise {}): {}; looked at again at {}",
                    transfer.reference(), step.enterpriseId(), directoryDown.toString(), later);
            steps.followedUp(step, Optional.of(later));
            return;
        }
        if (approvers.isEmpty() || admins.isEmpty()) {
            Instant later = now.plus(lookAgainAfter);
            log.warn("transfer {} (enterprise {}) waits at step {} ({}), but the directory lists {}: nobody can be "
                            + "reminded or escalated to now; looked at again at {}", transfer.reference(), step.enterpriseId(),
                    step.stepIndex() + 1, role, approvers.isEmpty() ? "nobody holding " + role : "no " + ENTERPRISE_ADMIN, later);
            steps.followedUp(step, Optional.of(later));
            return;
        }
        PendingApproval approval = new PendingApproval(step.enterpriseId(), step.transferId(), transfer.reference(),
                step.stepIndex() + 1, step.pendingSince(), approvers.keySet(), next.keySet(), admins.keySet());
        ReminderPolicy policy = policies.of(step.enterpriseId());
        Map<UUID, Person> everyone = new java.util.HashMap<>(admins);
        everyone.putAll(next);
        everyone.putAll(approvers);
        ApprovalFollowUp state = step.followUp(approval);
        // The domain answers one act at a time; after an act the same moment answers "not yet" or "nothing more".
        while (true) {
            FollowUpDecision decision = reminders.followUp(policy, state);
            switch (decision) {
                case FollowUpDecision.RemindApprovers remind -> {
                    tell(NoticeKind.APPROVAL_REMINDER, step, transfer, remind.recipients(), Relation.CURRENT_APPROVER,
                            everyone, now);
                    state = remind.next();
                }
                case FollowUpDecision.Escalate escalate -> {
                    tell(NoticeKind.APPROVAL_ESCALATED, step, transfer, escalate.target().recipients(),
                            Relation.ESCALATION_TARGET, everyone, now);
                    state = escalate.next();
                }
                case FollowUpDecision.NotYet notYet -> {
                    steps.followedUp(step.at(state), Optional.of(notYet.checkAgainAt()));
                    return;
                }
                case FollowUpDecision.NothingMore nothingMore -> {
                    steps.followedUp(step.at(state), Optional.empty());
                    return;
                }
            }
        }
    }

    private Map<UUID, Person> holders(UUID enterpriseId, String role) {
        return directory.holdersOf(enterpriseId, role).stream()
                .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
    }

    private void tell(NoticeKind kind, WaitingStep step, NoticedTransfer transfer, Set<UUID> recipients,
                      Relation relation, Map<UUID, Person> people, Instant now) {
        String followUp = kind == NoticeKind.APPROVAL_REMINDER ? "approval-reminder" : "approval-escalated";
        Notice notice = Notice.followUp(kind, followUp + "/" + step.transferId() + "/" + step.stepIndex(), transfer,
                Duration.between(step.pendingSince(), now));
        Locale enterpriseLocale = locales.of(step.enterpriseId());
        for (UUID person : new java.util.TreeSet<>(recipients)) {
            Locale locale = Optional.ofNullable(people.get(person)).flatMap(Person::locale).orElse(enterpriseLocale);
            channel.tell(notice, new Recipient(person, relation, locale), NoticeText.of(notice, locale));
        }
        log.info("{} for transfer {} (enterprise {}), step {}: {} told", kind, transfer.reference(), step.enterpriseId(),
                step.stepIndex() + 1, recipients.size());
    }
}
