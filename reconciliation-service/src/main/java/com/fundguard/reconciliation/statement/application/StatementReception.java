package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementImport;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives statement files once per content: the first time it stores the file and announces it; a second
 * delivery of the same bytes changes nothing and answers with the first import, saying it is a duplicate.
 */
public class StatementReception {

    private final StatementImports imports;
    private final StatementEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public StatementReception(StatementImports imports, StatementEvents events, TransactionTemplate transactions, Clock clock) {
        this.imports = imports;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Reception receive(UUID enterpriseId, StatementFormat format, byte[] content) {
        String sha256 = sha256(content);
        Optional<StatementImport> earlier = imports.findByHash(enterpriseId, sha256);
        if (earlier.isPresent()) {
            return new Reception(earlier.get(), true);
        }
        StatementImport statement = new StatementImport(UUID.randomUUID(), enterpriseId, format, sha256, content.length,
                clock.instant().truncatedTo(ChronoUnit.MICROS), StatementImport.Status.RECEIVED);
        try {
            transactions.executeWithoutResult(status -> {
                imports.add(statement, content);
                events.received(statement);
            });
            return new Reception(statement, false);
        } catch (DuplicateKeyException sameFileAtTheSameMoment) {
            return new Reception(imports.findByHash(enterpriseId, sha256).orElseThrow(() -> sameFileAtTheSameMoment), true);
        }
    }

    public Optional<StatementImport> find(UUID enterpriseId, UUID importId) {
        return imports.find(enterpriseId, importId);
    }

    public List<StatementImport> latest(UUID enterpriseId, int limit) {
        return imports.latest(enterpriseId, limit);
    }

    /** The import, and whether this delivery was a repeat of it. */
    public record Reception(StatementImport statement, boolean duplicate) {
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
