package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.StatementFormat;
import java.io.InputStream;

/**
 * Reads one statement format from a stream of bytes and hands its statements to a visitor as it goes. A reader
 * never loads the whole file: a 1 GB file costs the heap of one entry (plus the reader's own buffers).
 */
public interface StatementFileReader {

    StatementFormat format();

    /**
     * Walks the file. The caller owns {@code content} and closes it.
     *
     * @param source the file's name, for error messages
     * @throws RuntimeException naming the place in the file that cannot be read (the adapters' malformed-file
     *         exception); what the visitor received before stays the caller's to discard
     */
    void read(InputStream content, String source, StatementVisitor visitor);
}
