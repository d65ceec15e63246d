package com.fundguard.reconciliation.close.application;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the statement import asks before it adds lines: a closed day never takes new lines.
 *
 * <p>Call it inside the import's transaction, once per account with the booking dates about to be written (or once
 * per new account and date as the file streams by), and leave out the lines of the days it returns (or refuse the
 * file naming them). Each day asked about is held against a concurrent close until the import's transaction ends, so
 * a close never misses lines that an import is writing at that moment, and an import never adds lines to a day
 * that closed a moment before.
 */
public interface ClosedDays {

    /** Of {@code bookingDates}, the days of the account that are closed; requires the caller's transaction. */
    Set<LocalDate> closedAmong(UUID enterpriseId, String account, Set<LocalDate> bookingDates);
}
