package com.fundguard.reconciliation.close.application;

import com.fundguard.reconciliation.close.domain.AccountBooks;
import com.fundguard.reconciliation.close.domain.ClosedDay;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The books opened and the days closed: written once, never changed. */
public interface CloseLedger {

    Optional<AccountBooks> books(UUID enterpriseId, String account);

    /** Adds the books; a second opening of the same account violates a key. */
    void addBooks(AccountBooks books);

    Optional<ClosedDay> closedDay(UUID enterpriseId, String account, LocalDate day);

    List<ClosedDay> closedDays(UUID enterpriseId, String account, Collection<LocalDate> days);

    /** Adds the closed day; a second close of the same day violates a key. */
    void addClosedDay(ClosedDay day);

    /** Holds the day against a concurrent close or import until the caller's transaction ends. */
    void holdDay(UUID enterpriseId, String account, LocalDate day);
}
