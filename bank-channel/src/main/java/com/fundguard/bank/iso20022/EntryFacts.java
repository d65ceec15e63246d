package com.fundguard.bank.iso20022;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one {@code Ntry} says, gathered from whichever version's classes bound it, then checked and made into a
 * {@link StatementEntry} in one place, so every version reads an entry by the same rules.
 */
final class EntryFacts {

    /** One {@code TxDtls}: its references and parties, each null where absent. */
    record Transaction(String endToEndId, String instructionId, String debtorName, String debtorAccount, String creditorName,
                       String creditorAccount) {
    }

    BigDecimal amount;
    String currency;
    Boolean credit;
    String status;
    LocalDate bookingDate;
    LocalDate valueDate;
    String bankReference;
    boolean reversal;
    String bankTransactionCode;
    String additionalInformation;
    String batchPaymentInformationId;
    Integer batchTransactionCount;
    final List<Transaction> transactions = new ArrayList<>();

    /** {@code Btch}: the first one given counts; a count that is not a number is left out (NbOfTxs is text in ISO). */
    void batch(String paymentInformationId, String numberOfTransactions) {
        if (batchPaymentInformationId == null) {
            batchPaymentInformationId = paymentInformationId;
        }
        if (batchTransactionCount == null && numberOfTransactions != null && numberOfTransactions.strip().matches("\\d{1,9}")) {
            batchTransactionCount = Integer.valueOf(numberOfTransactions.strip());
        }
    }

    /** The amount, its currency and the direction are what every version requires. */
    StatementEntry entry() {
        if (amount == null || currency == null) {
            throw new IsoMessageException("the entry " + bankReference + " has no Amt with its Ccy");
        }
        if (credit == null) {
            throw new IsoMessageException("the entry " + bankReference + " has no CdtDbtInd");
        }
        // A batch's parties and instruction are its payments', not the entry's: only a single payment names them.
        Transaction single = transactions.size() == 1 && (batchTransactionCount == null || batchTransactionCount <= 1)
                ? transactions.getFirst() : null;
        String counterpartyName = single == null ? null : credit ? single.debtorName() : single.creditorName();
        String counterpartyAccount = single == null ? null : credit ? single.debtorAccount() : single.creditorAccount();
        return new StatementEntry(amount, BankToCustomerReader.currency(currency, "the entry " + bankReference), credit, status,
                bookingDate, bankReference, transactions.stream().map(Transaction::endToEndId).filter(Objects::nonNull).toList(),
                valueDate, reversal, bankTransactionCode, single == null ? null : single.instructionId(), counterpartyName,
                counterpartyAccount, batchTransactionCount != null ? batchTransactionCount : transactions.size(),
                batchPaymentInformationId, additionalInformation);
    }
}
