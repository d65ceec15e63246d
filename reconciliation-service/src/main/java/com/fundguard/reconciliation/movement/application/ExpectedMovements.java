package com.fundguard.reconciliation.movement.application;

import com.fundguard.reconciliation.movement.domain.ExpectedMovement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The movements the platform expects on its enterprises' statements, one per executed (or tried) transfer. */
public interface ExpectedMovements {

    Optional<ExpectedMovement> find(UUID enterpriseId, UUID transferId);

    /** The movement whose order carried this end-to-end id (what a statement line's EREF names). */
    Optional<ExpectedMovement> findByEndToEndId(UUID enterpriseId, String endToEndId);

    /**
     * The movements still to be seen on the payer account's statement: EXECUTED, or OUTCOME_UNKNOWN (the bank may
     * have it), reported on a day from {@code from} to {@code to} inclusive in {@code zone}; FAILED ones move no money.
     * Oldest first. Whether one is already matched is for the matching records to say.
     */
    List<ExpectedMovement> open(UUID enterpriseId, String payerAccount, LocalDate from, LocalDate to, ZoneId zone);

    /** Locks the transfer's expectation until the transaction ends, so two reports about it apply one after the other. */
    Optional<ExpectedMovement> lock(UUID enterpriseId, UUID transferId);

    /** Adds the first expectation of a transfer; false if one was already there (a report racing this one). */
    boolean addFirst(ExpectedMovement movement);

    void update(ExpectedMovement movement);
}
