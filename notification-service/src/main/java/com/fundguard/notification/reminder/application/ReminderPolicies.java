package com.fundguard.notification.reminder.application;

import com.fundguard.notification.reminder.domain.ReminderPolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Each enterprise's own reminder policy; an enterprise that set none has none here (the defaults apply). */
public interface ReminderPolicies {

    Optional<ReminderPolicy> find(UUID enterpriseId);

    void save(ReminderPolicy policy, UUID setBy, Instant setAt);
}
