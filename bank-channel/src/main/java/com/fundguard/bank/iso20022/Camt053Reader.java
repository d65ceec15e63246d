package com.fundguard.bank.iso20022;

import com.fundguard.bank.iso20022.camt053v08.CreditDebitCode;
import com.fundguard.bank.iso20022.camt053v08.DateAndDateTime2Choice;
import com.fundguard.bank.iso20022.camt053v08.EntryDetails9;
import com.fundguard.bank.iso20022.camt053v08.EntryTransaction10;
import com.fundguard.bank.iso20022.camt053v08.ReportEntry10;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a bank statement (camt.053) one entry at a time: the StAX cursor walks the document and only each
 * {@code <Ntry>} is bound to objects, so a statement of any size needs the memory of one entry. The root's namespace
 * chooses the entry's classes:
 * <ul>
 * <li>camt.053.001.08: the JAXB classes generated from the ISO XSD;</li>
 * <li>camt.053.001.02 and .04: prowide's model classes ({@link OlderCamt053Entries}; no XSD of theirs here), an
 * optional dependency: without it such a statement is refused naming what is missing.</li>
 * </ul>
 * Any other namespace is refused. What lies outside the entries (header, balances, summary) is passed over.
 */
public final class Camt053Reader {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
    static final String V02_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
    static final String V04_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.04";

    /** Binds the {@code <Ntry>} the cursor is on; leaves the cursor on the event after {@code </Ntry>}. */
    @FunctionalInterface
    interface EntryBinding {
        StatementEntry bind(XMLStreamReader atEntry) throws JAXBException;
    }

    private Camt053Reader() {
    }

    /** Hands every entry of the statement to {@code entries}, in order; returns how many there were. */
    public static int read(InputStream statement, Consumer<StatementEntry> entries) {
        XMLStreamReader reader = IsoXml.atRoot(statement);
        try {
            EntryBinding binding = bindingFor(IsoXml.namespaceOf(reader));
            int count = 0;
            while (reader.hasNext()) {
                if (reader.getEventType() == XMLStreamConstants.START_ELEMENT && "Ntry".equals(reader.getLocalName())) {
                    // Unmarshalling leaves the cursor after </Ntry>: no next() here, or the following entry is skipped.
                    entries.accept(binding.bind(reader));
                    count++;
                } else {
                    reader.next();
                }
            }
            return count;
        } catch (XMLStreamException | JAXBException e) {
            throw new IsoMessageException("the statement cannot be read: " + (e instanceof JAXBException j ? IsoXml.causeOf(j) : e.getMessage()));
        }
    }

    private static EntryBinding bindingFor(String namespace) throws JAXBException {
        switch (namespace) {
            case NAMESPACE -> {
                Unmarshaller unmarshaller = IsoXml.CAMT053_V08.createUnmarshaller();
                return reader -> entry(unmarshaller.unmarshal(reader, ReportEntry10.class).getValue());
            }
            case V02_NAMESPACE -> {
                ProwideXml.requireFor("camt.053.001.02");
                return OlderCamt053Entries.v02();
            }
            case V04_NAMESPACE -> {
                ProwideXml.requireFor("camt.053.001.04");
                return OlderCamt053Entries.v04();
            }
            default -> throw new IsoMessageException("a statement in the namespace " + namespace + " is not read here: camt.053.001.08, "
                    + "camt.053.001.04 and camt.053.001.02 are");
        }
    }

    private static StatementEntry entry(ReportEntry10 entry) {
        List<String> endToEndIds = new ArrayList<>();
        for (EntryDetails9 details : entry.getNtryDtls()) {
            for (EntryTransaction10 transaction : details.getTxDtls()) {
                if (transaction.getRefs() != null && transaction.getRefs().getEndToEndId() != null) {
                    endToEndIds.add(transaction.getRefs().getEndToEndId());
                }
            }
        }
        String status = entry.getSts() == null ? null : entry.getSts().getCd() != null ? entry.getSts().getCd() : entry.getSts().getPrtry();
        return entry(entry.getAmt() == null ? null : entry.getAmt().getValue(), entry.getAmt() == null ? null : entry.getAmt().getCcy(),
                entry.getCdtDbtInd() == null ? null : entry.getCdtDbtInd() == CreditDebitCode.CRDT, status, date(entry.getBookgDt()),
                entry.getAcctSvcrRef(), endToEndIds);
    }

    /** One entry of any version; the amount, its currency and the direction are what every version requires. */
    static StatementEntry entry(BigDecimal amount, String currency, Boolean credit, String status, LocalDate bookingDate,
                                String bankReference, List<String> endToEndIds) {
        if (amount == null || currency == null) {
            throw new IsoMessageException("the statement's entry " + bankReference + " has no Amt with its Ccy");
        }
        if (credit == null) {
            throw new IsoMessageException("the statement's entry " + bankReference + " has no CdtDbtInd");
        }
        Currency isoCurrency;
        try {
            isoCurrency = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IsoMessageException("the statement's entry " + bankReference + " is in " + currency + ", which is not an ISO 4217 currency");
        }
        return new StatementEntry(amount, isoCurrency, credit, status, bookingDate, bankReference, endToEndIds);
    }

    /** The booking date as the bank wrote it (a date, or the date part of a date-time in the bank's own offset). */
    private static LocalDate date(DateAndDateTime2Choice choice) {
        if (choice == null) {
            return null;
        }
        var value = choice.getDt() != null ? choice.getDt() : choice.getDtTm();
        return value == null ? null : LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
    }
}
