package com.fundguard.notification.reminder.application;

import com.fundguard.notification.reminder.domain.ReminderPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/** An enterprise admin reads and sets the enterprise's reminder policy; without one set, the defaults apply. */
public class EnterpriseReminderPolicies {

    private final ReminderPolicies policies;
    private final WaitingSteps steps;
    private final ReminderDefaults defaults;
    private final TransactionOperations transactions;
    private final Clock clock;

    public EnterpriseReminderPolicies(ReminderPolicies policies, WaitingSteps steps, ReminderDefaults defaults,
                                      TransactionOperations transactions, Clock clock) {
        this.policies = policies;
        this.steps = steps;
        this.defaults = defaults;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ReminderPolicy of(UUID enterpriseId) {
        return policies.find(enterpriseId).orElseGet(() -> defaults.policyOf(enterpriseId));
    }

    /**
     * Keeps the policy and has the enterprise's waiting steps looked at again at once: a step whose next look was
     * computed with the old policy (a later due time, a day that is now a holiday) is decided by the new one.
     */
    public ReminderPolicy set(ReminderPolicy policy, UUID admin) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(status -> {
            policies.save(policy, admin, now);
            steps.checkAgainByEnterprise(policy.enterpriseId(), now);
        });
        return policy;
    }
}
