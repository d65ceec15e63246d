package com.fundguard.bank.iso20022;

import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure4;
import com.prowidesoftware.swift.model.mx.dic.BatchInformation2;
import com.prowidesoftware.swift.model.mx.dic.CashAccount16;
import com.prowidesoftware.swift.model.mx.dic.CashAccount20;
import com.prowidesoftware.swift.model.mx.dic.CashAccount24;
import com.prowidesoftware.swift.model.mx.dic.CashAccount25;
import com.prowidesoftware.swift.model.mx.dic.CashBalance3;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails1;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails3;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction4;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification32;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification43;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry4;
import com.prowidesoftware.swift.model.mx.dic.TransactionParties3;
import com.prowidesoftware.swift.model.mx.dic.TransactionParty2;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import javax.xml.stream.XMLStreamReader;

/**
 * The entries, balances and account of camt.053.001.02/.04 statements and camt.054.001.02/.04 notifications on
 * prowide's model classes (each version of the two messages is built from the same ISO components: {@code ReportEntry2}
 * or {@code 4}, {@code CashAccount20} or {@code 25}, {@code CashBalance3}), one part at a time like .08's:
 * {@link BankToCustomerReader} walks the document and checks the root's namespace, this binds each part with every
 * unexpected element an error ({@link ProwideXml}). Reached only after prowide is known to be on the class path. Each
 * version's JAXB context is built once, on its first document.
 */
final class OlderCashReportParts {

    private OlderCashReportParts() {
    }

    static BankToCustomerReader.PartBinding v02() throws JAXBException {
        return binding(V02.CONTEXT, ReportEntry2.class, OlderCashReportParts::entry, CashAccount20.class,
                account -> new BankToCustomerReader.Account(accountId(account.getId()), account.getCcy()));
    }

    static BankToCustomerReader.PartBinding v04() throws JAXBException {
        return binding(V04.CONTEXT, ReportEntry4.class, OlderCashReportParts::entry, CashAccount25.class,
                account -> new BankToCustomerReader.Account(accountId(account.getId()), account.getCcy()));
    }

    private static <E, A> BankToCustomerReader.PartBinding binding(JAXBContext context, Class<E> entryType, Function<E, StatementEntry> entryMapping,
                                                                   Class<A> accountType, Function<A, BankToCustomerReader.Account> accountMapping)
            throws JAXBException {
        Unmarshaller unmarshaller = ProwideXml.strictUnmarshaller(context);
        return new BankToCustomerReader.PartBinding() {
            @Override
            public StatementEntry entry(XMLStreamReader atEntry) throws JAXBException {
                return entryMapping.apply(unmarshaller.unmarshal(ProwideXml.withoutNamespace(atEntry), entryType).getValue());
            }

            @Override
            public StatementBalance balance(XMLStreamReader atBalance) throws JAXBException {
                return OlderCashReportParts.balance(unmarshaller.unmarshal(ProwideXml.withoutNamespace(atBalance), CashBalance3.class).getValue());
            }

            @Override
            public BankToCustomerReader.Account account(XMLStreamReader atAccount) throws JAXBException {
                return accountMapping.apply(unmarshaller.unmarshal(ProwideXml.withoutNamespace(atAccount), accountType).getValue());
            }
        };
    }

    private static StatementEntry entry(ReportEntry2 entry) {
        EntryFacts facts = facts(entry.getAmt() == null ? null : entry.getAmt().getValue(), entry.getAmt() == null ? null : entry.getAmt().getCcy(),
                entry.getCdtDbtInd(), entry.getSts() == null ? null : entry.getSts().value(), entry.getBookgDt(), entry.getValDt(),
                entry.getAcctSvcrRef(), entry.isRvslInd(), entry.getBkTxCd(), entry.getAddtlNtryInf());
        for (EntryDetails1 details : entry.getNtryDtls()) {
            batch(facts, details.getBtch());
            for (EntryTransaction2 transaction : details.getTxDtls()) {
                TransactionParty2 parties = transaction.getRltdPties();
                add(facts, transaction.getRefs() == null ? null : transaction.getRefs().getEndToEndId(),
                        transaction.getRefs() == null ? null : transaction.getRefs().getInstrId(),
                        parties == null ? null : name(parties.getDbtr()), parties == null ? null : accountId(parties.getDbtrAcct()),
                        parties == null ? null : name(parties.getCdtr()), parties == null ? null : accountId(parties.getCdtrAcct()));
            }
        }
        return facts.entry();
    }

    private static StatementEntry entry(ReportEntry4 entry) {
        EntryFacts facts = facts(entry.getAmt() == null ? null : entry.getAmt().getValue(), entry.getAmt() == null ? null : entry.getAmt().getCcy(),
                entry.getCdtDbtInd(), entry.getSts() == null ? null : entry.getSts().value(), entry.getBookgDt(), entry.getValDt(),
                entry.getAcctSvcrRef(), entry.isRvslInd(), entry.getBkTxCd(), entry.getAddtlNtryInf());
        for (EntryDetails3 details : entry.getNtryDtls()) {
            batch(facts, details.getBtch());
            for (EntryTransaction4 transaction : details.getTxDtls()) {
                TransactionParties3 parties = transaction.getRltdPties();
                add(facts, transaction.getRefs() == null ? null : transaction.getRefs().getEndToEndId(),
                        transaction.getRefs() == null ? null : transaction.getRefs().getInstrId(),
                        parties == null ? null : name(parties.getDbtr()), parties == null ? null : accountId(parties.getDbtrAcct()),
                        parties == null ? null : name(parties.getCdtr()), parties == null ? null : accountId(parties.getCdtrAcct()));
            }
        }
        return facts.entry();
    }

    /** The parts of an entry .02 and .04 write alike. */
    private static EntryFacts facts(BigDecimal amount, String currency, CreditDebitCode direction, String status,
                                    DateAndDateTimeChoice bookingDate, DateAndDateTimeChoice valueDate, String bankReference,
                                    Boolean reversal, BankTransactionCodeStructure4 code, String additionalInformation) {
        EntryFacts facts = new EntryFacts();
        facts.amount = amount;
        facts.currency = currency;
        facts.credit = direction == null ? null : direction == CreditDebitCode.CRDT;
        facts.status = status;
        facts.bookingDate = date(bookingDate);
        facts.valueDate = date(valueDate);
        facts.bankReference = bankReference;
        facts.reversal = Boolean.TRUE.equals(reversal);
        if (code != null) {
            var domain = code.getDomn();
            var family = domain == null ? null : domain.getFmly();
            facts.bankTransactionCode = BankToCustomerReader.bankTransactionCode(domain == null ? null : domain.getCd(),
                    family == null ? null : family.getCd(), family == null ? null : family.getSubFmlyCd(),
                    code.getPrtry() == null ? null : code.getPrtry().getCd());
        }
        facts.additionalInformation = additionalInformation;
        return facts;
    }

    private static void batch(EntryFacts facts, BatchInformation2 batch) {
        if (batch != null) {
            facts.batch(batch.getPmtInfId(), batch.getNbOfTxs());
        }
    }

    private static void add(EntryFacts facts, String endToEndId, String instructionId, String debtorName, String debtorAccount,
                            String creditorName, String creditorAccount) {
        facts.transactions.add(new EntryFacts.Transaction(endToEndId, instructionId, debtorName, debtorAccount, creditorName, creditorAccount));
    }

    private static StatementBalance balance(CashBalance3 balance) {
        var type = balance.getTp() == null ? null : balance.getTp().getCdOrPrtry();
        return BankToCustomerReader.balance(type == null ? null : type.getCd() != null ? type.getCd().value() : type.getPrtry(),
                balance.getAmt() == null ? null : balance.getAmt().getValue(), balance.getAmt() == null ? null : balance.getAmt().getCcy(),
                balance.getCdtDbtInd() == null ? null : balance.getCdtDbtInd() == CreditDebitCode.CRDT, date(balance.getDt()));
    }

    private static String name(PartyIdentification32 party) {
        return party == null ? null : party.getNm();
    }

    private static String name(PartyIdentification43 party) {
        return party == null ? null : party.getNm();
    }

    private static String accountId(CashAccount16 account) {
        return account == null ? null : accountId(account.getId());
    }

    private static String accountId(CashAccount24 account) {
        return account == null ? null : accountId(account.getId());
    }

    private static String accountId(AccountIdentification4Choice id) {
        if (id == null) {
            return null;
        }
        return id.getIBAN() != null ? id.getIBAN() : id.getOthr() == null ? null : id.getOthr().getId();
    }

    /** The date as the bank wrote it: a date, or the date part of a date-time in the offset the bank wrote. */
    private static LocalDate date(DateAndDateTimeChoice choice) {
        if (choice == null) {
            return null;
        }
        return choice.getDt() != null ? choice.getDt() : choice.getDtTm() == null ? null : choice.getDtTm().toLocalDate();
    }

    /** Built on the first .02 document, not with .04's. */
    private static final class V02 {
        static final JAXBContext CONTEXT = ProwideXml.context(ReportEntry2.class, CashBalance3.class, CashAccount20.class);
    }

    private static final class V04 {
        static final JAXBContext CONTEXT = ProwideXml.context(ReportEntry4.class, CashBalance3.class, CashAccount25.class);
    }
}
