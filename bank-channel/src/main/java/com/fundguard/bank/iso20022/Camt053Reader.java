package com.fundguard.bank.iso20022;

import com.fundguard.bank.iso20022.camt053v08.CreditDebitCode;
import com.fundguard.bank.iso20022.camt053v08.DateAndDateTime2Choice;
import com.fundguard.bank.iso20022.camt053v08.EntryDetails9;
import com.fundguard.bank.iso20022.camt053v08.EntryTransaction10;
import com.fundguard.bank.iso20022.camt053v08.ReportEntry10;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a camt.053.001.08 statement one entry at a time: the StAX cursor walks the document and only each
 * {@code <Ntry>} is bound to objects, so a statement of any size needs the memory of one entry.
 */
public final class Camt053Reader {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

    private Camt053Reader() {
    }

    /** Hands every entry of the statement to {@code entries}, in order; returns how many there were. */
    public static int read(InputStream statement, Consumer<StatementEntry> entries) {
        XMLStreamReader reader = IsoXml.reader(statement);
        try {
            Unmarshaller unmarshaller = IsoXml.CAMT053_V08.createUnmarshaller();
            int count = 0;
            boolean checkedRoot = false;
            while (reader.hasNext()) {
                if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    reader.next();
                    continue;
                }
                if (!checkedRoot) {
                    if (!NAMESPACE.equals(reader.getNamespaceURI())) {
                        throw new IsoMessageException("not a camt.053.001.08 statement: " + reader.getName());
                    }
                    checkedRoot = true;
                }
                if ("Ntry".equals(reader.getLocalName())) {
                    // Unmarshalling leaves the cursor after </Ntry>: no next() here, or the following entry is skipped.
                    entries.accept(entry(unmarshaller.unmarshal(reader, ReportEntry10.class).getValue()));
                    count++;
                } else {
                    reader.next();
                }
            }
            return count;
        } catch (XMLStreamException | JAXBException e) {
            throw new IsoMessageException("the statement cannot be read: " + e.getMessage());
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
        return new StatementEntry(entry.getAmt().getValue(), Currency.getInstance(entry.getAmt().getCcy()),
                entry.getCdtDbtInd() == CreditDebitCode.CRDT, status, date(entry.getBookgDt()), entry.getAcctSvcrRef(), endToEndIds);
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
