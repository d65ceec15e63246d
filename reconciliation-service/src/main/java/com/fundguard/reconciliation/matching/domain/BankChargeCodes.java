package com.fundguard.reconciliation.matching.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a bank charge by the line's transaction type code, in the three code families the readers pass on:
 * MT940 :61: identification codes {@code CHG} (charges and other expenses) and {@code COM} (commission) after the
 * N/F/S type letter; camt BkTxCd sub-family {@code CHRG} (charges), {@code COMM} (commission) or {@code FEES}
 * (in "PMNT-ICDT-CHRG", "ACMT/MDOP/CHRG" or any such separation); BAI2 type codes 661 (account analysis fee) and 698
 * (miscellaneous fees). A line so coded is never taken for a transfer's booking.
 */
public final class BankChargeCodes {

    private static final Set<String> CAMT_SUB_FAMILIES = Set.of("CHRG", "COMM", "FEES");

    private BankChargeCodes() {
    }

    /** Which kind of bank charge the code says, for the finding's reason; empty when it is no charge code. */
    public static Optional<String> describe(String transactionTypeCode) {
        // runs for every debit of a statement: no regular expression, no copy unless the code needs one
        String code = transactionTypeCode.strip();
        int length = code.length();
        if (length == 4 && "NFSnfs".indexOf(code.charAt(0)) >= 0) {
            String identification = code.substring(1).toUpperCase(Locale.ROOT);
            if (identification.equals("CHG")) {
                return Optional.of("MT940 code " + code + " (charges and other expenses)");
            }
            if (identification.equals("COM")) {
                return Optional.of("MT940 code " + code + " (commission)");
            }
            return Optional.empty();
        }
        if (code.equals("661")) {
            return Optional.of("BAI2 type code 661 (account analysis fee)");
        }
        if (code.equals("698")) {
            return Optional.of("BAI2 type code 698 (miscellaneous fees)");
        }
        int end = length;
        while (end > 0 && !Character.isLetterOrDigit(code.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(code.charAt(start - 1))) {
            start--;
        }
        if (start > 0) {
            String subFamily = code.substring(start, end).toUpperCase(Locale.ROOT);
            if (CAMT_SUB_FAMILIES.contains(subFamily)) {
                return Optional.of("camt bank transaction code " + code + " (sub-family " + subFamily + ")");
            }
        }
        return Optional.empty();
    }
}
