package com.fundguard.approval.transfer.domain;

/** Who receives the money: the name and account the bank will be told, exactly as approved. */
public record Payee(String name, String accountNumber, String bankCode, PayeeType type) {

    public Payee {
        requireText(name, "payee.name");
        requireText(accountNumber, "payee.accountNumber");
        requireText(bankCode, "payee.bankCode");
        if (type == null) {
            throw new InvalidTransferException("payee.type", "is required");
        }
    }

    /** The account as a listing may show it: only the last four characters. */
    public String maskedAccount() {
        int visible = Math.min(4, accountNumber.length());
        return "*".repeat(accountNumber.length() - visible) + accountNumber.substring(accountNumber.length() - visible);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidTransferException(what, "is required");
        }
    }
}
