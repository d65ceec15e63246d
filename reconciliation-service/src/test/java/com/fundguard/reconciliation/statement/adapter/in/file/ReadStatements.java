package com.fundguard.reconciliation.statement.adapter.in.file;

import com.fundguard.reconciliation.statement.application.StatementFileReader;
import com.fundguard.reconciliation.statement.application.StatementVisitor;
import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a reader told its visitor, statement by statement; a visit out of order (entry before begin) fails the test. */
final class ReadStatements implements StatementVisitor {

    static final Path STATEMENTS = Path.of(System.getProperty("fundguard.testdata"), "statements");

    /** One statement as the visitor heard it. */
    record Read(StatementHeader header, List<StatementEntry> entries, Optional<Balance> closing) {
    }

    private final List<Read> statements = new ArrayList<>();
    private StatementHeader open;
    private List<StatementEntry> entries;

    static List<Read> of(StatementFileReader reader, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(reader, in, file.getFileName().toString());
        }
    }

    static List<Read> of(StatementFileReader reader, String text, Charset charset, String source) {
        return of(reader, new ByteArrayInputStream(text.getBytes(charset)), source);
    }

    static List<Read> of(StatementFileReader reader, InputStream in, String source) {
        ReadStatements visitor = new ReadStatements();
        reader.read(in, source, visitor);
        if (visitor.open != null) {
            throw new AssertionError("the reader left statement " + visitor.open.statementReference() + " open");
        }
        return visitor.statements;
    }

    @Override
    public void begin(StatementHeader header) {
        if (open != null) {
            throw new AssertionError("begin before the end of " + open.statementReference());
        }
        open = header;
        entries = new ArrayList<>();
    }

    @Override
    public void entry(StatementEntry entry) {
        if (open == null) {
            throw new AssertionError("an entry outside a statement");
        }
        entries.add(entry);
    }

    @Override
    public void end(Optional<Balance> closingBalance) {
        if (open == null) {
            throw new AssertionError("end without begin");
        }
        statements.add(new Read(open, List.copyOf(entries), closingBalance));
        open = null;
    }
}
