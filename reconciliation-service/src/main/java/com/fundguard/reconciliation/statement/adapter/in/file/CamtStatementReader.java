package com.fundguard.reconciliation.statement.adapter.in.file;

import com.fundguard.bank.iso20022.BankToCustomerReader;
import com.fundguard.bank.iso20022.BankToCustomerVisitor;
import com.fundguard.bank.iso20022.IsoMessageException;
import com.fundguard.bank.iso20022.ReportHeader;
import com.fundguard.bank.iso20022.StatementBalance;
import com.fundguard.bank.iso20022.UnreadableStatementException;
import com.fundguard.reconciliation.statement.application.StatementFileReader;
import com.fundguard.reconciliation.statement.application.StatementVisitor;
import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Reads ISO 20022 bank-to-customer reports into the statement model: camt.053 statements (.001.02, .04, .08) and camt.054
 * debit/credit notifications (.001.02, .04, .08). The XML is read by bank-channel's {@link BankToCustomerReader}, the one
 * place the platform reads camt (hardened StAX: no DTD, no external entity; one {@code Ntry} bound at a time, so a file
 * of any size needs the heap of one entry); this class maps what it hands over and refuses what the model cannot hold,
 * naming the file, the statement or notification (1-based, as "message") and the line.
 *
 * <p>Header: {@code Id} is the reference, {@code Acct} IBAN or other id the account, {@code LglSeqNb} (else
 * {@code ElctrncSeqNb}) the sequence number. The statement's currency is the account's ({@code Acct/Ccy}), else the
 * opening balance's, else (a notification) its first entry's. Opening balance OPBD, else PRCD (the day before's
 * closing, which some banks send instead); closing CLBD; available balances are not booked ones and are not kept. A
 * camt.053 statement without an opening or closing booked balance is refused. A booked balance in another currency
 * than the statement's is kept out of the statement (it cannot open or close an account kept in another currency) and
 * named in the header's information, so the statement is read but its day cannot be closed on it; genkgo's fixtures in
 * the test data are such statements.
 *
 * <p>Entries: booking date (the date part of a {@code DtTm}), value date (the booking date where absent), amount and
 * mark, {@code RvslInd}, bank transaction code "PMNT/RCDT/ESCT" (else the proprietary code, else ""), {@code
 * AcctSvcrRef} as bank reference, {@code InstrId} of a single payment (else the batch's {@code PmtInfId}) as customer
 * reference, the end-to-end id and counterparty (debtor of a credit, creditor of a debit) of a single payment,
 * {@code AddtlNtryInf} as information. A batch booking (one entry for several payments: {@code Btch/NbOfTxs} or several
 * {@code TxDtls}) keeps its own amount and has no single end-to-end id or counterparty; its supplementary details say
 * {@code batch of N (PmtInfId X); end-to-end ids: A | B | C} (the parts the bank gives), for matching many-to-one. An
 * entry that is not booked (PDNG, INFO), has no booking date, or is in another currency than the statement is refused.
 * {@code AddtlStmtInf} follows the entries in the schema and is not kept.
 */
public final class CamtStatementReader implements StatementFileReader {

    private static final String BOOKED = "BOOK";
    /** Banks write "no end-to-end id given" as a value (EPC); it is not a reference. */
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private final StatementFormat format;
    private final BankToCustomerReader.Kind kind;

    private CamtStatementReader(StatementFormat format, BankToCustomerReader.Kind kind) {
        this.format = format;
        this.kind = kind;
    }

    public static CamtStatementReader camt053() {
        return new CamtStatementReader(StatementFormat.CAMT053, BankToCustomerReader.Kind.STATEMENT);
    }

    public static CamtStatementReader camt054() {
        return new CamtStatementReader(StatementFormat.CAMT054, BankToCustomerReader.Kind.NOTIFICATION);
    }

    @Override
    public StatementFormat format() {
        return format;
    }

    @Override
    public void read(InputStream content, String source, StatementVisitor visitor) {
        try {
            BankToCustomerReader.read(content, kind, new Mapping(source, visitor));
        } catch (UnreadableStatementException e) {
            throw new MalformedStatementFileException(source, Math.max(e.reportNumber(), 1), e.lineNumber(), e.reason(), e);
        } catch (IsoMessageException e) {
            // The document as a whole (a namespace or message not read here): no line to name.
            throw new MalformedStatementFileException(source, 1, 1, e.getMessage(), e);
        }
    }

    /** Maps one document's reports as they are handed over; holds only the current report's header and balances. */
    private final class Mapping implements BankToCustomerVisitor {
        private final String source;
        private final StatementVisitor visitor;
        private ReportHeader report;
        private Optional<Balance> opening;
        private Optional<Balance> closing;
        private final List<String> notes = new ArrayList<>();
        private Currency currency;
        private int entryNumber;

        Mapping(String source, StatementVisitor visitor) {
            this.source = source;
            this.visitor = visitor;
        }

        @Override
        public void report(ReportHeader header) {
            report = header;
            entryNumber = 0;
            currency = null;
            notes.clear();
            Optional<StatementBalance> openingBalance = balance("OPBD").or(() -> balance("PRCD"));
            Optional<StatementBalance> closingBalance = balance("CLBD");
            if (kind == BankToCustomerReader.Kind.STATEMENT && openingBalance.isEmpty()) {
                throw malformed(header.line(), "no opening booked balance (OPBD or PRCD) in statement " + header.id());
            }
            if (kind == BankToCustomerReader.Kind.STATEMENT && closingBalance.isEmpty()) {
                throw malformed(header.line(), "no closing booked balance (CLBD) in statement " + header.id());
            }
            Currency statementCurrency = header.accountCurrency() != null ? header.accountCurrency()
                    : openingBalance.map(StatementBalance::currency).orElse(null);
            opening = openingBalance.flatMap(balance -> inCurrency(balance, statementCurrency));
            closing = closingBalance.flatMap(balance -> inCurrency(balance, statementCurrency));
            if (statementCurrency != null) {
                begin(statementCurrency);
            }
        }

        @Override
        public void entry(com.fundguard.bank.iso20022.StatementEntry entry, int line) {
            entryNumber++;
            if (currency == null) {
                begin(entry.currency());
            }
            String which = "entry " + entryNumber + (entry.bankReference() == null ? "" : " (" + entry.bankReference() + ")");
            if (entry.status() != null && !entry.status().equals(BOOKED)) {
                throw malformed(line, which + " is " + entry.status() + ", not booked: only booked entries move the balances");
            }
            if (entry.bookingDate() == null) {
                throw malformed(line, which + " has no booking date (BookgDt)");
            }
            if (!entry.currency().equals(currency)) {
                throw malformed(line, which + " is in " + entry.currency() + " but the " + kind.name().toLowerCase() + " is in " + currency);
            }
            StatementEntry mapped;
            try {
                mapped = new StatementEntry(entry.bookingDate(), entry.valueDate() == null ? entry.bookingDate() : entry.valueDate(),
                        entry.amount(), entry.currency(), entry.credit() ? CreditDebit.CREDIT : CreditDebit.DEBIT, entry.reversal(),
                        entry.bankTransactionCode() == null ? "" : entry.bankTransactionCode(), Optional.ofNullable(entry.bankReference()),
                        Optional.ofNullable(entry.instructionId()).or(() -> Optional.ofNullable(entry.batchPaymentInformationId())),
                        singleEndToEndId(entry), Optional.ofNullable(entry.counterpartyAccount()), Optional.ofNullable(entry.counterpartyName()),
                        batch(entry), entry.additionalInformation() == null ? "" : entry.additionalInformation());
            } catch (IllegalArgumentException e) {
                throw malformed(line, which + ": " + e.getMessage());
            }
            visitor.entry(mapped);
        }

        @Override
        public void end(ReportHeader header, String additionalInformation) {
            if (currency == null) {
                throw malformed(header.line(), "the " + kind.name().toLowerCase() + " " + header.id()
                        + " names no currency: its account has no Ccy and it has no entry");
            }
            visitor.end(closing);
        }

        private void begin(Currency statementCurrency) {
            currency = statementCurrency;
            StatementHeader header;
            try {
                header = new StatementHeader(report.id(), report.account(), Optional.ofNullable(report.sequenceNumber()), currency, opening,
                        notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes)));
            } catch (IllegalArgumentException e) {
                throw malformed(report.line(), e.getMessage());
            }
            visitor.begin(header);
        }

        private Optional<StatementBalance> balance(String type) {
            List<StatementBalance> ofType = report.balances().stream().filter(balance -> balance.type().equals(type)).toList();
            if (ofType.size() > 1) {
                throw malformed(report.line(), ofType.size() + " " + type + " balances in " + kind.name().toLowerCase() + " " + report.id());
            }
            return ofType.stream().findFirst();
        }

        /** The balance as the model holds it, or nothing (and a note saying why) where it is in another currency. */
        private Optional<Balance> inCurrency(StatementBalance balance, Currency statementCurrency) {
            if (statementCurrency != null && !balance.currency().equals(statementCurrency)) {
                notes.add(balance.type() + " " + balance.amount().toPlainString() + " " + (balance.credit() ? "CRDT " : "DBIT ")
                        + balance.currency() + " of " + balance.date() + " not taken: the statement is in " + statementCurrency);
                return Optional.empty();
            }
            try {
                return Optional.of(new Balance(balance.credit() ? CreditDebit.CREDIT : CreditDebit.DEBIT, balance.amount(),
                        balance.currency(), balance.date()));
            } catch (IllegalArgumentException e) {
                throw malformed(report.line(), "the " + balance.type() + " balance: " + e.getMessage());
            }
        }

        private MalformedStatementFileException malformed(int line, String reason) {
            return new MalformedStatementFileException(source, report.number(), line, reason, null);
        }
    }

    /** The end-to-end id of an entry that books one payment; a batch's are in its supplementary details. */
    private static Optional<String> singleEndToEndId(com.fundguard.bank.iso20022.StatementEntry entry) {
        if (entry.transactionCount() > 1 || entry.endToEndIds().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(entry.endToEndIds().getFirst()).filter(id -> !id.equals(NOT_PROVIDED));
    }

    /** {@code batch of N (PmtInfId X); end-to-end ids: A | B}: what the bank gives of a batch booking. */
    private static Optional<String> batch(com.fundguard.bank.iso20022.StatementEntry entry) {
        if (entry.transactionCount() <= 1) {
            return Optional.empty();
        }
        StringBuilder details = new StringBuilder("batch of ").append(entry.transactionCount());
        if (entry.batchPaymentInformationId() != null) {
            details.append(" (PmtInfId ").append(entry.batchPaymentInformationId()).append(')');
        }
        List<String> endToEndIds = entry.endToEndIds().stream().filter(id -> !id.equals(NOT_PROVIDED)).toList();
        if (!endToEndIds.isEmpty()) {
            details.append("; end-to-end ids: ").append(String.join(" | ", endToEndIds));
        }
        return Optional.of(details.toString());
    }
}
