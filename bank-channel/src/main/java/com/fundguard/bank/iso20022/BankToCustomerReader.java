package com.fundguard.bank.iso20022;

import com.fundguard.bank.iso20022.camt053v08.AccountIdentification4Choice;
import com.fundguard.bank.iso20022.camt053v08.BankTransactionCodeStructure4;
import com.fundguard.bank.iso20022.camt053v08.CashAccount38;
import com.fundguard.bank.iso20022.camt053v08.CashAccount39;
import com.fundguard.bank.iso20022.camt053v08.CashBalance8;
import com.fundguard.bank.iso20022.camt053v08.CreditDebitCode;
import com.fundguard.bank.iso20022.camt053v08.DateAndDateTime2Choice;
import com.fundguard.bank.iso20022.camt053v08.EntryDetails9;
import com.fundguard.bank.iso20022.camt053v08.EntryTransaction10;
import com.fundguard.bank.iso20022.camt053v08.Party40Choice;
import com.fundguard.bank.iso20022.camt053v08.ReportEntry10;
import com.fundguard.bank.iso20022.camt053v08.TransactionParties6;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the bank-to-customer cash reports reconciliation receives: statements (camt.053, {@code Stmt}) and debit/credit
 * notifications (camt.054, {@code Ntfctn}), one part at a time. The StAX cursor (bank-channel's hardened factory: no DTD,
 * no external entity) walks the document; only each {@code <Acct>}, {@code <Bal>} and {@code <Ntry>} is bound to objects
 * and handed on, so a document of any size needs the memory of one entry and one report's balances. The root's namespace
 * chooses the classes:
 * <ul>
 * <li>.001.08: the JAXB classes generated from the camt.053.001.08 XSD (camt.054.001.08 is built from the same ISO
 * components, {@code ReportEntry10} and {@code CashAccount39}: its elements are bound under camt.053's namespace);</li>
 * <li>.001.02 and .001.04: prowide's model classes ({@link OlderCashReportParts}; no XSD of theirs here), an optional
 * dependency: without it such a document is refused naming what is missing.</li>
 * </ul>
 * Every element a part's version does not have is refused, as close to a schema check as there is without the schema.
 * Any other namespace is refused. The group header and the transaction summary are passed over.
 */
public final class BankToCustomerReader {

    /** Which report a document carries. */
    public enum Kind {
        STATEMENT("camt.053", "BkToCstmrStmt", "Stmt", "AddtlStmtInf", "statement"),
        NOTIFICATION("camt.054", "BkToCstmrDbtCdtNtfctn", "Ntfctn", "AddtlNtfctnInf", "notification");

        final String message;
        final String messageElement;
        final String reportElement;
        final String additionalInformationElement;
        final String word;

        Kind(String message, String messageElement, String reportElement, String additionalInformationElement, String word) {
            this.message = message;
            this.messageElement = messageElement;
            this.reportElement = reportElement;
            this.additionalInformationElement = additionalInformationElement;
            this.word = word;
        }
    }

    static final String CAMT053_V08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

    /** Namespace → the version it is; the binding is chosen by the ISO components a version is built from. */
    private static final Map<String, Version> VERSIONS = Map.of(
            CAMT053_V08, new Version(Kind.STATEMENT, "camt.053.001.08", 8),
            "urn:iso:std:iso:20022:tech:xsd:camt.053.001.04", new Version(Kind.STATEMENT, "camt.053.001.04", 4),
            "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02", new Version(Kind.STATEMENT, "camt.053.001.02", 2),
            "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08", new Version(Kind.NOTIFICATION, "camt.054.001.08", 8),
            "urn:iso:std:iso:20022:tech:xsd:camt.054.001.04", new Version(Kind.NOTIFICATION, "camt.054.001.04", 4),
            "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02", new Version(Kind.NOTIFICATION, "camt.054.001.02", 2));

    /** Document / message / Stmt or Ntfctn / its parts. */
    private static final int REPORT_DEPTH = 3;

    private record Version(Kind kind, String name, int components) {
    }

    /**
     * Binds the part of a report the cursor is on, with one version's classes; each leaves the cursor on the event after
     * the part's end tag.
     */
    interface PartBinding {
        StatementEntry entry(XMLStreamReader atEntry) throws JAXBException;

        StatementBalance balance(XMLStreamReader atBalance) throws JAXBException;

        Account account(XMLStreamReader atAccount) throws JAXBException;
    }

    /** {@code Acct}: its id (IBAN, else the other id) and currency, either null where absent. */
    record Account(String id, String currency) {
    }

    private BankToCustomerReader() {
    }

    /**
     * Walks a document of {@code kind}, handing each report's header, entries and end to {@code visitor} as they are read;
     * returns how many entries there were. The caller owns {@code document} and closes it. A document of another kind or
     * version is refused before anything is handed on; a part that cannot be read throws
     * {@link UnreadableStatementException} naming the report and the line, what came before it having been handed on.
     */
    public static int read(InputStream document, Kind kind, BankToCustomerVisitor visitor) {
        XMLStreamReader reader = IsoXml.reader(document);
        try {
            reader.nextTag();
        } catch (XMLStreamException e) {
            throw unreadable(kind, 0, e, reader);
        }
        String namespace = IsoXml.namespaceOf(reader);
        Version version = VERSIONS.get(namespace);
        if (version == null || !"Document".equals(reader.getLocalName())) {
            throw new IsoMessageException("a " + kind.word + " in the namespace " + namespace + " is not read here: " + kind.message
                    + ".001.08, " + kind.message + ".001.04 and " + kind.message + ".001.02 are");
        }
        if (version.kind() != kind) {
            throw new IsoMessageException("a " + version.name() + " document is not a " + kind.word + " (" + kind.message + ")");
        }
        PartBinding binding;
        try {
            binding = bindingFor(version);
        } catch (JAXBException e) {
            throw new IsoMessageException("the " + kind.word + " cannot be read: " + IsoXml.causeOf(e));
        }
        return new Walk(kind, binding, visitor, reader).run();
    }

    private static PartBinding bindingFor(Version version) throws JAXBException {
        return switch (version.components()) {
            case 8 -> v08(version.kind() == Kind.STATEMENT);
            case 4 -> {
                ProwideXml.requireFor(version.name());
                yield OlderCashReportParts.v04();
            }
            default -> {
                ProwideXml.requireFor(version.name());
                yield OlderCashReportParts.v02();
            }
        };
    }

    /** The walk over one document: where the cursor is, and what has been read of the current report. */
    private static final class Walk {
        private final Kind kind;
        private final PartBinding binding;
        private final BankToCustomerVisitor visitor;
        private final XMLStreamReader reader;
        private int depth;
        private int reportCount;
        private int entryCount;
        private int partLine;
        private Report report;

        Walk(Kind kind, PartBinding binding, BankToCustomerVisitor visitor, XMLStreamReader reader) {
            this.kind = kind;
            this.binding = binding;
            this.visitor = visitor;
            this.reader = reader;
        }

        int run() {
            try {
                while (true) {
                    int event = reader.getEventType();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        partLine = reader.getLocation().getLineNumber();
                        if (depth == 2 && !kind.messageElement.equals(reader.getLocalName())) {
                            throw new IsoMessageException("a " + kind.message + " document holds " + kind.messageElement + ", not "
                                    + reader.getLocalName());
                        }
                        if (depth == REPORT_DEPTH && kind.reportElement.equals(reader.getLocalName())) {
                            report = new Report(++reportCount, partLine);
                        } else if (depth == REPORT_DEPTH + 1 && report != null && readPart(reader.getLocalName())) {
                            // Binding and element text leave the cursor past the part's end tag: that level is done.
                            depth--;
                            continue;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (depth == REPORT_DEPTH && report != null) {
                            ReportHeader header = report.header();
                            visitor.end(header, report.additionalInformation);
                            report = null;
                        }
                        depth--;
                    }
                    if (!reader.hasNext()) {
                        return entryCount;
                    }
                    reader.next();
                }
            } catch (XMLStreamException e) {
                throw unreadable(kind, reportCount, e, reader);
            } catch (JAXBException e) {
                // XML that breaks inside a part: where it breaks, not where the part starts.
                Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
                if (cause instanceof XMLStreamException broken) {
                    throw unreadable(kind, reportCount, broken, reader);
                }
                throw new UnreadableStatementException(kind.word, reportCount, partLine, IsoXml.causeOf(e));
            } catch (UnreadableStatementException e) {
                throw e;
            } catch (IsoMessageException e) {
                throw new UnreadableStatementException(kind.word, reportCount, partLine, e.getMessage());
            }
        }

        /** Reads the report's part the cursor is on if it is one kept; false leaves the cursor where it is. */
        private boolean readPart(String name) throws XMLStreamException, JAXBException {
            switch (name) {
                case "Id" -> report.id = text();
                case "LglSeqNb" -> report.legalSequenceNumber = text();
                case "ElctrncSeqNb" -> report.electronicSequenceNumber = text();
                case "Acct" -> report.account = binding.account(reader);
                case "Bal" -> report.balances.add(binding.balance(reader));
                case "Ntry" -> {
                    int line = partLine;
                    report.header();
                    StatementEntry entry = binding.entry(reader);
                    entryCount++;
                    visitor.entry(entry, line);
                }
                default -> {
                    if (!name.equals(kind.additionalInformationElement)) {
                        return false;
                    }
                    report.additionalInformation = text();
                }
            }
            return true;
        }

        private String text() throws XMLStreamException {
            String text = reader.getElementText().strip();
            reader.next();
            return text;
        }

        /** What has been read of the current {@code Stmt} or {@code Ntfctn}; its header is handed on once. */
        private final class Report {
            final int number;
            final int line;
            final List<StatementBalance> balances = new ArrayList<>();
            String id;
            String legalSequenceNumber;
            String electronicSequenceNumber;
            Account account;
            String additionalInformation;
            ReportHeader handedOn;

            Report(int number, int line) {
                this.number = number;
                this.line = line;
            }

            ReportHeader header() {
                if (handedOn != null) {
                    return handedOn;
                }
                if (id == null || id.isEmpty()) {
                    throw new UnreadableStatementException(kind.word, number, line, "the " + kind.word + " has no Id");
                }
                if (account == null || account.id() == null) {
                    throw new UnreadableStatementException(kind.word, number, line, "the " + kind.word + " " + id + " names no account (Acct/Id)");
                }
                Currency currency = account.currency() == null ? null : currency(account.currency(), "the " + kind.word + "'s account");
                handedOn = new ReportHeader(kind, number, line, id, account.id(), currency,
                        legalSequenceNumber != null ? legalSequenceNumber : electronicSequenceNumber, balances);
                visitor.report(handedOn);
                return handedOn;
            }
        }
    }

    private static UnreadableStatementException unreadable(Kind kind, int reportNumber, XMLStreamException e, XMLStreamReader reader) {
        Location location = e.getLocation() != null ? e.getLocation() : reader.getLocation();
        String message = String.valueOf(e.getMessage());
        // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the position is given separately.
        int words = message.indexOf("Message: ");
        return new UnreadableStatementException(kind.word, reportNumber, location == null ? 0 : location.getLineNumber(),
                "not readable XML: " + (words >= 0 ? message.substring(words + "Message: ".length()) : message));
    }

    private static PartBinding v08(boolean statement) throws JAXBException {
        Unmarshaller unmarshaller = ProwideXml.strictUnmarshaller(IsoXml.CAMT053_V08);
        return new PartBinding() {
            private XMLStreamReader bound(XMLStreamReader reader) {
                return statement ? reader : IsoXml.renamingElementNamespaces(reader, namespace -> CAMT053_V08);
            }

            @Override
            public StatementEntry entry(XMLStreamReader atEntry) throws JAXBException {
                return BankToCustomerReader.entry(unmarshaller.unmarshal(bound(atEntry), ReportEntry10.class).getValue());
            }

            @Override
            public StatementBalance balance(XMLStreamReader atBalance) throws JAXBException {
                CashBalance8 balance = unmarshaller.unmarshal(bound(atBalance), CashBalance8.class).getValue();
                var type = balance.getTp() == null ? null : balance.getTp().getCdOrPrtry();
                return BankToCustomerReader.balance(type == null ? null : type.getCd() != null ? type.getCd() : type.getPrtry(),
                        balance.getAmt() == null ? null : balance.getAmt().getValue(), balance.getAmt() == null ? null : balance.getAmt().getCcy(),
                        balance.getCdtDbtInd() == null ? null : balance.getCdtDbtInd() == CreditDebitCode.CRDT, date(balance.getDt()));
            }

            @Override
            public Account account(XMLStreamReader atAccount) throws JAXBException {
                CashAccount39 account = unmarshaller.unmarshal(bound(atAccount), CashAccount39.class).getValue();
                return new Account(accountId(account.getId()), account.getCcy());
            }
        };
    }

    private static StatementEntry entry(ReportEntry10 entry) {
        EntryFacts facts = new EntryFacts();
        if (entry.getAmt() != null) {
            facts.amount = entry.getAmt().getValue();
            facts.currency = entry.getAmt().getCcy();
        }
        facts.credit = entry.getCdtDbtInd() == null ? null : entry.getCdtDbtInd() == CreditDebitCode.CRDT;
        facts.status = entry.getSts() == null ? null : entry.getSts().getCd() != null ? entry.getSts().getCd() : entry.getSts().getPrtry();
        facts.bookingDate = date(entry.getBookgDt());
        facts.valueDate = date(entry.getValDt());
        facts.bankReference = entry.getAcctSvcrRef();
        facts.reversal = Boolean.TRUE.equals(entry.isRvslInd());
        BankTransactionCodeStructure4 code = entry.getBkTxCd();
        if (code != null) {
            var domain = code.getDomn();
            var family = domain == null ? null : domain.getFmly();
            facts.bankTransactionCode = bankTransactionCode(domain == null ? null : domain.getCd(), family == null ? null : family.getCd(),
                    family == null ? null : family.getSubFmlyCd(), code.getPrtry() == null ? null : code.getPrtry().getCd());
        }
        facts.additionalInformation = entry.getAddtlNtryInf();
        for (EntryDetails9 details : entry.getNtryDtls()) {
            if (details.getBtch() != null) {
                facts.batch(details.getBtch().getPmtInfId(), details.getBtch().getNbOfTxs());
            }
            for (EntryTransaction10 transaction : details.getTxDtls()) {
                var refs = transaction.getRefs();
                TransactionParties6 parties = transaction.getRltdPties();
                facts.transactions.add(new EntryFacts.Transaction(refs == null ? null : refs.getEndToEndId(), refs == null ? null : refs.getInstrId(),
                        parties == null ? null : name(parties.getDbtr()), parties == null ? null : accountId(parties.getDbtrAcct()),
                        parties == null ? null : name(parties.getCdtr()), parties == null ? null : accountId(parties.getCdtrAcct())));
            }
        }
        return facts.entry();
    }

    /** One balance of any version: type, amount with currency, direction and date are all the schema's required parts. */
    static StatementBalance balance(String type, BigDecimal amount, String currency, Boolean credit, LocalDate date) {
        if (type == null) {
            throw new IsoMessageException("a balance has no type (Tp/CdOrPrtry)");
        }
        if (amount == null || currency == null) {
            throw new IsoMessageException("the " + type + " balance has no Amt with its Ccy");
        }
        if (credit == null) {
            throw new IsoMessageException("the " + type + " balance has no CdtDbtInd");
        }
        if (date == null) {
            throw new IsoMessageException("the " + type + " balance has no date (Dt)");
        }
        return new StatementBalance(type, amount, currency(currency, "the " + type + " balance"), credit, date);
    }

    /** "PMNT/RCDT/ESCT" from ISO's structured code where given, else the bank's proprietary code. */
    static String bankTransactionCode(String domain, String family, String subFamily, String proprietary) {
        if (domain == null) {
            return proprietary;
        }
        StringBuilder code = new StringBuilder(domain);
        if (family != null) {
            code.append('/').append(family);
            if (subFamily != null) {
                code.append('/').append(subFamily);
            }
        }
        return code.toString();
    }

    static Currency currency(String code, String what) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IsoMessageException(what + " is in " + code + ", which is not an ISO 4217 currency");
        }
    }

    private static String name(Party40Choice party) {
        return party == null || party.getPty() == null ? null : party.getPty().getNm();
    }

    private static String accountId(CashAccount38 account) {
        return account == null ? null : accountId(account.getId());
    }

    private static String accountId(AccountIdentification4Choice id) {
        if (id == null) {
            return null;
        }
        return id.getIBAN() != null ? id.getIBAN() : id.getOthr() == null ? null : id.getOthr().getId();
    }

    /** The date as the bank wrote it: a date, or the date part of a date-time in the bank's own offset. */
    private static LocalDate date(DateAndDateTime2Choice choice) {
        if (choice == null) {
            return null;
        }
        var value = choice.getDt() != null ? choice.getDt() : choice.getDtTm();
        return value == null ? null : LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
    }
}
