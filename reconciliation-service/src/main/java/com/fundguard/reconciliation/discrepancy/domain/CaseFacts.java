package com.fundguard.reconciliation.discrepancy.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a case is about: the difference found (type, account, amount in its currency), the statement lines and
 * transfers concerned, the original transaction's date, and a detail in words.
 */
public record CaseFacts(UUID enterpriseId, DiscrepancyType type, String account, Currency currency, BigDecimal amount,
                        List<UUID> statementLineIds, List<UUID> transferIds, LocalDate transactionDate, String detail) {

    public CaseFacts {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(transactionDate, "transactionDate");
        if (account == null || account.isBlank()) {
            throw new InvalidCaseException("account", "names the account the difference is on");
        }
        if (amount == null || amount.signum() < 0) {
            throw new InvalidCaseException("amount", "is a non-negative amount");
        }
        if (currency.getDefaultFractionDigits() >= 0 && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new InvalidCaseException("amount", "has more decimals than " + currency.getCurrencyCode() + " allows");
        }
        statementLineIds = List.copyOf(statementLineIds == null ? List.of() : statementLineIds);
        transferIds = List.copyOf(transferIds == null ? List.of() : transferIds);
        if (statementLineIds.isEmpty() && transferIds.isEmpty()) {
            throw new InvalidCaseException("statementLineIds", "a case concerns at least one statement line or transfer");
        }
        if (statementLineIds.stream().distinct().count() != statementLineIds.size()) {
            throw new InvalidCaseException("statementLineIds", "names each line once");
        }
        if (transferIds.stream().distinct().count() != transferIds.size()) {
            throw new InvalidCaseException("transferIds", "names each transfer once");
        }
        detail = detail == null ? "" : detail.strip();
    }

    /**
     * What makes two openings the same case: the type and the same lines and transfers, in any order. A SHA-256 so
     * the key stays short however many lines a batch booking has.
     */
    public String identityKey() {
        String key = enterpriseId + "|" + type + "|" + statementLineIds.stream().map(UUID::toString).sorted().toList()
                + "|" + transferIds.stream().map(UUID::toString).sorted().toList();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
