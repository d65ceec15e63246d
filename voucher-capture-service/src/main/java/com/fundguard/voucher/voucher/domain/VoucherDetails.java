package com.fundguard.voucher.voucher.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What the uploader typed in about the voucher, all optional. A card or identity number is checked (warnings, not
 * refusals) and kept only masked to its last four digits: the full number is on the image, for those allowed to see it.
 */
public record VoucherDetails(String invoiceNumber, BigDecimal amount, Currency currency, String maskedNumber, List<String> warnings) {

    public static final VoucherDetails NONE = new VoucherDetails(null, null, null, null, List.of());

    public VoucherDetails {
        if ((amount == null) != (currency == null)) {
            throw new IllegalArgumentException("an amount needs its currency and a currency its amount");
        }
        if (amount != null && amount.signum() <= 0) {
            throw new IllegalArgumentException("the amount must be positive");
        }
        if (amount != null && amount.scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("the amount has more decimals than " + currency.getCurrencyCode() + " allows");
        }
        if (invoiceNumber != null && (invoiceNumber.isBlank() || invoiceNumber.length() > 64)) {
            throw new IllegalArgumentException("the invoice number must have 1 to 64 characters");
        }
        if (maskedNumber != null && !maskedNumber.matches("\\**[0-9Xx]{0,4}")) {
            throw new IllegalArgumentException("only a masked number is kept");
        }
        warnings = List.copyOf(warnings);
    }

    /** The details of a voucher of {@code type}; {@code number} is a card or identity number as typed, or null. */
    public static VoucherDetails of(VoucherType type, String invoiceNumber, BigDecimal amount, Currency currency, String number) {
        List<String> warnings = new ArrayList<>();
        String digits = number == null ? null : number.replaceAll("[\\s-]", "");
        if (digits != null && !digits.isEmpty()) {
            if (type == VoucherType.ID_CARD && !IdentityNumbers.validResidentIdNumber(digits)) {
                warnings.add("the resident identity number's check digit is wrong (GB 11643)");
            }
            if (type == VoucherType.BANK_CARD && !IdentityNumbers.validCardNumber(digits)) {
                warnings.add("the bank card number fails the Luhn check");
            }
            if (type != VoucherType.ID_CARD && type != VoucherType.BANK_CARD) {
                throw new IllegalArgumentException("a card or identity number belongs to an ID_CARD or BANK_CARD voucher");
            }
            if (!digits.matches("[0-9Xx]{4,19}")) {
                throw new IllegalArgumentException("the number must have 4 to 19 digits");
            }
        }
        String masked = digits == null || digits.isEmpty() ? null : IdentityNumbers.masked(digits);
        return new VoucherDetails(invoiceNumber, amount, currency, masked, warnings);
    }
}
