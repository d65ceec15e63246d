package com.fundguard.reconciliation.close.application;

import com.fundguard.reconciliation.close.domain.AccountBooks;
import com.fundguard.reconciliation.close.domain.CloseOutcome;
import com.fundguard.reconciliation.close.domain.ClosedDay;
import com.fundguard.reconciliation.close.domain.DayEvidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A day of an account as it stands now.
 *
 * @param closed         the day's close, if it closed
 * @param openingBalance the balance it opens with, where known (books opened and the day before closed, or first day)
 * @param evidence       what the bank said of the day and each line's standing now
 * @param ifClosedNow    for an open day, what closing it now would answer (nothing is recorded); for a closed day, its close
 */
public record DayReview(String account, LocalDate day, Optional<AccountBooks> books, Optional<ClosedDay> closed,
                        Optional<BigDecimal> openingBalance, DayEvidence evidence, CloseOutcome ifClosedNow) {
}
