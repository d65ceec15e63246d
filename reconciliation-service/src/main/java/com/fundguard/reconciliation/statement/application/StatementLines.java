package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Writes one import's statements and lines as they are read; lines may be held back until a batch is full. */
public interface StatementLines extends AutoCloseable {

    /** @param position the statement's place in the file, from 1 */
    void statement(UUID statementId, int position, StatementHeader header);

    /** @param lineNumber the entry's place in its statement, from 1 */
    void line(UUID lineId, UUID statementId, int lineNumber, String account, StatementEntry entry);

    void statementEnded(UUID statementId, Optional<Balance> closingBalance, int entries, Optional<LocalDate> from,
                        Optional<LocalDate> to);

    /** Writes what is held back. */
    void flush();

    /** Releases the statements of the database; what was not flushed is dropped (the transaction fails anyway). */
    @Override
    void close();
}
