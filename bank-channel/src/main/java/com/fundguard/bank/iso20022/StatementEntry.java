package com.fundguard.bank.iso20022;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * One booked line of a bank statement or notification (camt.053/camt.054 {@code Ntry}): the money, its direction, its
 * dates and the references reconciliation matches on (the bank's reference, and the end-to-end ids of the transactions
 * inside). What the bank may leave out is null where it did.
 *
 * @param endToEndIds          {@code TxDtls/Refs/EndToEndId} of every transaction in the entry, in order, as written
 *                             (EPC's "NOTPROVIDED" included): one for a single payment, several for a batch booking
 * @param valueDate            {@code ValDt}
 * @param reversal             {@code RvslInd}: the bank booked this as the reversal of an earlier entry
 * @param bankTransactionCode  {@code BkTxCd}: domain/family/sub-family ("PMNT/RCDT/ESCT"), else the proprietary code
 * @param instructionId        {@code Refs/InstrId} of the entry's only transaction
 * @param counterpartyName     the debtor of a credit or the creditor of a debit, only where the entry holds exactly one
 *                             transaction (a batch's parties are not the entry's)
 * @param counterpartyAccount  that party's account (IBAN, else the other id), on the same terms
 * @param transactionCount     how many payments the entry books: the batch's {@code NbOfTxs} where the bank gives one,
 *                             else the number of {@code TxDtls} (0 where it details none)
 * @param batchPaymentInformationId {@code Btch/PmtInfId}: the payer's id of the batch the entry books as one
 * @param additionalInformation {@code AddtlNtryInf} as written
 */
public record StatementEntry(BigDecimal amount, Currency currency, boolean credit, String status, LocalDate bookingDate,
                             String bankReference, List<String> endToEndIds, LocalDate valueDate, boolean reversal,
                             String bankTransactionCode, String instructionId, String counterpartyName, String counterpartyAccount,
                             int transactionCount, String batchPaymentInformationId, String additionalInformation) {

    public StatementEntry {
        endToEndIds = List.copyOf(endToEndIds);
    }
}
