package com.fundguard.bankconnector.execution.application;

import com.fundguard.bankconnector.execution.domain.Execution;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where executions are kept. Reads that precede a change lock the row; {@link #update} checks the version. */
public interface Executions {

    /** Queues a new execution; false when the transfer is already known (a redelivered authorization). */
    boolean addIfAbsent(Execution execution, Instant now);

    Optional<Execution> find(UUID enterpriseId, UUID transferId);

    Optional<Execution> findForUpdate(UUID enterpriseId, UUID transferId);

    Optional<Execution> findByClaimForUpdate(UUID enterpriseId, UUID claimId);

    /**
     * The oldest due queued transfer of the enterprise whose payer account has no attempt under way (one UKEY does one
     * thing at a time), locked, skipping rows another transaction holds.
     */
    Optional<Execution> nextClaimable(UUID enterpriseId, Instant now);

    /** Executions whose lease ran out, locked, skipping rows another transaction holds. */
    List<Execution> expiredLeases(Instant now, int limit);

    /** Executions of unknown outcome whose inquiry is due (not locked: the bank is asked outside any transaction). */
    List<Execution> dueInquiries(Instant now, int limit);

    void update(Execution execution, Instant now);

    void recordStep(Execution execution, String step, String agentId, UUID claimId, String detail, Instant at);

    List<TimelineStep> timeline(UUID enterpriseId, UUID transferId);

    record TimelineStep(int attempt, String step, String agentId, String detail, Instant at) {
    }
}
