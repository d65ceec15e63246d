package com.fundguard.reconciliation.statement.adapter.out.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published contract {@code com.fundguard.reconciliation.statement-imported.v1} on the {@code reconciliation} topic:
 * a statement file was read whole and its lines stored, once per content. Matching and the daily close start from
 * here; which accounts and days the file covered says which days may now be reconciled.
 *
 * @param accounts each account and currency of the file, the days its statements cover (null when the file gave no
 *                 date) and how many entries they hold
 */
public record StatementImportedV1(UUID enterpriseId, UUID importId, String format, String csvMapping, String sha256,
                                  int statements, long entries, List<Account> accounts, Instant importedAt) {

    public static final String TYPE = "com.fundguard.reconciliation.statement-imported.v1";

    public record Account(String account, String currency, LocalDate from, LocalDate to, long entries) {
    }
}
