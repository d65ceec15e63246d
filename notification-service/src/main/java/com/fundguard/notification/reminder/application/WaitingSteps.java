package com.fundguard.notification.reminder.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The steps that wait, one per (enterprise, transfer, step); every statement names the enterprise. */
public interface WaitingSteps {

    /**
     * Step {@code stepIndex} of the transfer waits since {@code since} (kept as first heard: a redelivered event does
     * not restart it); any other step of the transfer that waited stopped waiting at {@code since}.
     */
    void waits(UUID enterpriseId, UUID transferId, int stepIndex, Instant since);

    /** No step of the transfer waits any more (decided, authorized, rejected, cancelled, expired) since {@code at}. */
    void noneWaits(UUID enterpriseId, UUID transferId, Instant at);

    /**
     * Waiting steps due for a look by {@code now}, locked for this transaction; steps another instance has locked
     * are skipped, so two instances never follow up the same step together.
     */
    List<WaitingStep> claimDue(Instant now, int limit);

    /** Keeps what was sent and when to look again (empty: nothing more will be sent about the step). */
    void followedUp(WaitingStep step, Optional<Instant> checkAgainAt);

    /** The enterprise's waiting steps are looked at again by {@code at} (its policy changed). */
    void checkAgainByEnterprise(UUID enterpriseId, Instant at);
}
