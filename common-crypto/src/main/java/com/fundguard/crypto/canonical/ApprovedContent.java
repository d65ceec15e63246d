package com.fundguard.crypto.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the approvers of a transfer approved, and its hash: SHA-256 over the canonical JSON (RFC 8785) of the
 * transfer's id and everything that decides where money goes. One definition for the three places that compute it:
 * approval-service (a decision names the hash it saw), bank-connector-service (carries it to the agent) and the
 * operator agent, which recomputes it from the order it is about to sign and refuses to sign when it differs.
 * Amounts are decimal strings, never JSON numbers, so no reader rounds them.
 */
public record ApprovedContent(UUID transferId, String payerAccount, String payeeName, String payeeAccount, String payeeBankCode,
                              String payeeType, BigDecimal amount, Currency currency, String purpose,
                              LocalDate requestedExecutionDate, List<UUID> voucherIds) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ApprovedContent {
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(payerAccount, "payerAccount");
        Objects.requireNonNull(payeeName, "payeeName");
        Objects.requireNonNull(payeeAccount, "payeeAccount");
        Objects.requireNonNull(payeeBankCode, "payeeBankCode");
        Objects.requireNonNull(payeeType, "payeeType");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        voucherIds = List.copyOf(voucherIds);
    }

    /** Lower-case hex SHA-256 of the canonical content. */
    public String hash() {
        ObjectNode content = JSON.createObjectNode()
                .put("transferId", transferId.toString())
                .put("payerAccount", payerAccount)
                .put("amount", amount.toPlainString())
                .put("currency", currency.getCurrencyCode())
                .put("purpose", purpose)
                .put("requestedExecutionDate", requestedExecutionDate.toString());
        content.putObject("payee")
                .put("name", payeeName)
                .put("accountNumber", payeeAccount)
                .put("bankCode", payeeBankCode)
                .put("type", payeeType);
        ArrayNode vouchers = content.putArray("voucherIds");
        voucherIds.forEach(id -> vouchers.add(id.toString()));
        return CanonicalJson.contentHash(JSON.writeValueAsString(content));
    }
}
