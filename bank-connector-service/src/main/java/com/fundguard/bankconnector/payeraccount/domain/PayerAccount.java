package com.fundguard.bankconnector.payeraccount.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An account of the enterprise that payments leave from, and the bank that holds it (whose channel and UKEY
 * execute them).
 *
 * @param bankCode the holding bank's identifier (BIC or national bank code)
 */
public record PayerAccount(UUID enterpriseId, String accountNumber, String name, String bankCode, Currency currency,
                           Instant registeredAt) {

    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Z0-9]{6,34}");
    private static final Pattern BANK_CODE = Pattern.compile("[A-Z0-9]{4,11}");

    public PayerAccount {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (accountNumber == null || !ACCOUNT_NUMBER.matcher(accountNumber).matches()) {
            throw new InvalidPayerAccountException("accountNumber", "must be 6 to 34 upper-case letters or digits");
        }
        if (name == null || name.isBlank() || name.length() > 140) {
            throw new InvalidPayerAccountException("name", "must be 1 to 140 characters");
        }
        if (bankCode == null || !BANK_CODE.matcher(bankCode).matches()) {
            throw new InvalidPayerAccountException("bankCode", "must be 4 to 11 upper-case letters or digits");
        }
    }

    public boolean sameRegistrationAs(PayerAccount other) {
        return name.equals(other.name) && bankCode.equals(other.bankCode) && currency.equals(other.currency);
    }
}
