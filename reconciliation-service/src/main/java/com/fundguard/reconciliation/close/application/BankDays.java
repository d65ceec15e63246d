package com.fundguard.reconciliation.close.application;

import com.fundguard.reconciliation.close.domain.BookedLine;
import com.fundguard.reconciliation.close.domain.ClosingStatement;
import com.fundguard.reconciliation.close.domain.StatedBalance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the imported statements say about an account on a day (statement_line and bank_statement). */
public interface BankDays {

    BankDay of(UUID enterpriseId, String account, LocalDate day);

    /**
     * @param lines              lines booked on the day, in the order they were received
     * @param closingStatements  statements whose closing balance is dated the day
     * @param nextOpening        the opening balance of the first statement closing after the day
     */
    record BankDay(List<BookedLine> lines, List<ClosingStatement> closingStatements, Optional<StatedBalance> nextOpening) {
    }
}
