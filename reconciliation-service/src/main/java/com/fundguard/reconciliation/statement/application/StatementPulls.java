package com.fundguard.reconciliation.statement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which days of which account were asked of the bank, and with what result. */
public interface StatementPulls {

    /** The latest day asked for, fetched or not. */
    Optional<LocalDate> lastAsked(UUID enterpriseId, String account);

    /** Days asked for that the bank has not delivered yet, oldest first. */
    List<LocalDate> failedDays(UUID enterpriseId, String account);

    /**
     * Records the day as fetched into {@code importId}, in the caller's transaction.
     *
     * @return false when the day was already fetched (another round got there first): the caller undoes its import
     */
    boolean fetched(UUID enterpriseId, String account, LocalDate day, String bankCode, UUID importId, Instant at);

    /** Records that the bank did not deliver the day (again), with why. */
    void failed(UUID enterpriseId, String account, LocalDate day, String bankCode, String why, Instant at);
}
