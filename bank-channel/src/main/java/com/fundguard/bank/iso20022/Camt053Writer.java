package com.fundguard.bank.iso20022;

import com.fundguard.bank.iso20022.camt053v08.AccountIdentification4Choice;
import com.fundguard.bank.iso20022.camt053v08.AccountStatement9;
import com.fundguard.bank.iso20022.camt053v08.ActiveOrHistoricCurrencyAndAmount;
import com.fundguard.bank.iso20022.camt053v08.BalanceType10Choice;
import com.fundguard.bank.iso20022.camt053v08.BalanceType13;
import com.fundguard.bank.iso20022.camt053v08.BankToCustomerStatementV08;
import com.fundguard.bank.iso20022.camt053v08.BankTransactionCodeStructure4;
import com.fundguard.bank.iso20022.camt053v08.BankTransactionCodeStructure5;
import com.fundguard.bank.iso20022.camt053v08.BankTransactionCodeStructure6;
import com.fundguard.bank.iso20022.camt053v08.CashAccount38;
import com.fundguard.bank.iso20022.camt053v08.CashAccount39;
import com.fundguard.bank.iso20022.camt053v08.CashBalance8;
import com.fundguard.bank.iso20022.camt053v08.CreditDebitCode;
import com.fundguard.bank.iso20022.camt053v08.DateAndDateTime2Choice;
import com.fundguard.bank.iso20022.camt053v08.Document;
import com.fundguard.bank.iso20022.camt053v08.EntryDetails9;
import com.fundguard.bank.iso20022.camt053v08.EntryStatus1Choice;
import com.fundguard.bank.iso20022.camt053v08.EntryTransaction10;
import com.fundguard.bank.iso20022.camt053v08.GenericAccountIdentification1;
import com.fundguard.bank.iso20022.camt053v08.GroupHeader81;
import com.fundguard.bank.iso20022.camt053v08.ObjectFactory;
import com.fundguard.bank.iso20022.camt053v08.Party40Choice;
import com.fundguard.bank.iso20022.camt053v08.PartyIdentification135;
import com.fundguard.bank.iso20022.camt053v08.ReportEntry10;
import com.fundguard.bank.iso20022.camt053v08.TransactionParties6;
import com.fundguard.bank.iso20022.camt053v08.TransactionReferences6;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A day's {@link AccountStatement} as camt.053.001.08 from the generated ISO classes, validated against the ISO schema
 * while it is written: opening (OPBD) and closing (CLBD) booked balances, one booked {@code Ntry} per line with the
 * bank's reference, the end-to-end id and the counterparty. {@link Camt053Reader} reads back what this writes.
 */
public final class Camt053Writer {

    private static final ObjectFactory ISO = new ObjectFactory();

    private Camt053Writer() {
    }

    public static byte[] write(AccountStatement statement) {
        GroupHeader81 header = new GroupHeader81();
        header.setMsgId(statement.statementId());
        header.setCreDtTm(IsoXml.dateTime(statement.createdAt()));

        AccountStatement9 report = new AccountStatement9();
        report.setId(statement.statementId());
        report.setCreDtTm(IsoXml.dateTime(statement.createdAt()));
        CashAccount39 account = new CashAccount39();
        account.setId(accountId(statement.account()));
        account.setCcy(statement.currency().getCurrencyCode());
        if (statement.ownerName() != null) {
            account.setOwnr(party(statement.ownerName()));
        }
        report.setAcct(account);
        report.getBal().add(balance("OPBD", statement.openingBalance(), statement));
        report.getBal().add(balance("CLBD", statement.closingBalance(), statement));
        for (AccountStatement.Line line : statement.lines()) {
            report.getNtry().add(entry(line, statement));
        }

        BankToCustomerStatementV08 message = new BankToCustomerStatementV08();
        message.setGrpHdr(header);
        message.getStmt().add(report);
        Document document = new Document();
        document.setBkToCstmrStmt(message);
        try {
            Marshaller marshaller = IsoXml.CAMT053_V08.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setSchema(IsoXml.CAMT053_V08_SCHEMA);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            marshaller.marshal(ISO.createDocument(document), out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IsoMessageException("the statement does not make a valid camt.053.001.08: " + IsoXml.causeOf(e));
        }
    }

    private static CashBalance8 balance(String type, BigDecimal amount, AccountStatement statement) {
        BalanceType10Choice code = new BalanceType10Choice();
        code.setCd(type);
        BalanceType13 balanceType = new BalanceType13();
        balanceType.setCdOrPrtry(code);
        CashBalance8 balance = new CashBalance8();
        balance.setTp(balanceType);
        balance.setAmt(money(amount.abs(), statement));
        balance.setCdtDbtInd(amount.signum() < 0 ? CreditDebitCode.DBIT : CreditDebitCode.CRDT);
        balance.setDt(date(statement.day()));
        return balance;
    }

    private static ReportEntry10 entry(AccountStatement.Line line, AccountStatement statement) {
        ReportEntry10 entry = new ReportEntry10();
        entry.setNtryRef(line.bankReference());
        entry.setAmt(money(line.amount(), statement));
        CreditDebitCode direction = line.credit() ? CreditDebitCode.CRDT : CreditDebitCode.DBIT;
        entry.setCdtDbtInd(direction);
        if (line.kind().reversal()) {
            entry.setRvslInd(true);
        }
        EntryStatus1Choice status = new EntryStatus1Choice();
        status.setCd("BOOK");
        entry.setSts(status);
        entry.setBookgDt(date(line.bookingDate()));
        entry.setValDt(date(line.valueDate()));
        entry.setAcctSvcrRef(line.bankReference());
        entry.setBkTxCd(transactionCode(line.kind()));

        EntryTransaction10 transaction = new EntryTransaction10();
        TransactionReferences6 references = new TransactionReferences6();
        references.setAcctSvcrRef(line.bankReference());
        references.setEndToEndId(line.endToEndId());
        transaction.setRefs(references);
        transaction.setAmt(money(line.amount(), statement));
        transaction.setCdtDbtInd(direction);
        if (line.counterpartyName() != null || line.counterpartyAccount() != null) {
            TransactionParties6 parties = new TransactionParties6();
            Party40Choice counterparty = new Party40Choice();
            counterparty.setPty(line.counterpartyName() == null ? null : party(line.counterpartyName()));
            CashAccount38 counterpartyAccount = null;
            if (line.counterpartyAccount() != null) {
                counterpartyAccount = new CashAccount38();
                counterpartyAccount.setId(accountId(line.counterpartyAccount()));
            }
            if (line.credit()) {
                parties.setDbtr(counterparty.getPty() == null ? null : counterparty);
                parties.setDbtrAcct(counterpartyAccount);
            } else {
                parties.setCdtr(counterparty.getPty() == null ? null : counterparty);
                parties.setCdtrAcct(counterpartyAccount);
            }
            transaction.setRltdPties(parties);
        }
        EntryDetails9 details = new EntryDetails9();
        details.getTxDtls().add(transaction);
        entry.getNtryDtls().add(details);
        return entry;
    }

    private static BankTransactionCodeStructure4 transactionCode(AccountStatement.Kind kind) {
        BankTransactionCodeStructure6 family = new BankTransactionCodeStructure6();
        family.setCd(kind.family);
        family.setSubFmlyCd(kind.subFamily);
        BankTransactionCodeStructure5 domain = new BankTransactionCodeStructure5();
        domain.setCd("PMNT");
        domain.setFmly(family);
        BankTransactionCodeStructure4 code = new BankTransactionCodeStructure4();
        code.setDomn(domain);
        return code;
    }

    private static ActiveOrHistoricCurrencyAndAmount money(BigDecimal amount, AccountStatement statement) {
        ActiveOrHistoricCurrencyAndAmount money = new ActiveOrHistoricCurrencyAndAmount();
        money.setValue(amount.setScale(statement.currency().getDefaultFractionDigits()));
        money.setCcy(statement.currency().getCurrencyCode());
        return money;
    }

    private static AccountIdentification4Choice accountId(String number) {
        GenericAccountIdentification1 other = new GenericAccountIdentification1();
        other.setId(number);
        AccountIdentification4Choice id = new AccountIdentification4Choice();
        id.setOthr(other);
        return id;
    }

    private static PartyIdentification135 party(String name) {
        PartyIdentification135 party = new PartyIdentification135();
        party.setNm(name.length() > 140 ? name.substring(0, 140) : name);
        return party;
    }

    private static DateAndDateTime2Choice date(LocalDate day) {
        DateAndDateTime2Choice choice = new DateAndDateTime2Choice();
        choice.setDt(IsoXml.date(day));
        return choice;
    }
}
