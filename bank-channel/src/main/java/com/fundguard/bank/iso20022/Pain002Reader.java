package com.fundguard.bank.iso20022;

import com.fundguard.bank.iso20022.pain002v10.CustomerPaymentStatusReportV10;
import com.fundguard.bank.iso20022.pain002v10.Document;
import com.fundguard.bank.iso20022.pain002v10.OriginalPaymentInstruction32;
import com.fundguard.bank.iso20022.pain002v10.PaymentTransaction105;
import com.fundguard.bank.iso20022.pain002v10.StatusReasonInformation12;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Reads a pain.002.001.10 payment status report. Some banks send it without a namespace on {@code <Document>}; the
 * channel's configuration says which version it speaks, so elements without a namespace are read as that version's
 * (attributes such as {@code Ccy} are unqualified by the schema and stay so). Any other namespace is refused: a
 * report of another version must not be half-read as this one.
 */
public final class Pain002Reader {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10";

    private Pain002Reader() {
    }

    public static PaymentStatusReport read(byte[] xml) {
        XMLStreamReader reader = inNamespace(IsoXml.reader(new ByteArrayInputStream(xml)), NAMESPACE);
        Object root;
        try {
            root = IsoXml.PAIN002_V10.createUnmarshaller().unmarshal(reader);
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw new IsoMessageException("not a pain.002.001.10 status report: " + cause.getMessage());
        }
        if (!(root instanceof JAXBElement<?> element) || !(element.getValue() instanceof Document document)
                || document.getCstmrPmtStsRpt() == null) {
            throw new IsoMessageException("not a pain.002.001.10 status report");
        }
        CustomerPaymentStatusReportV10 report = document.getCstmrPmtStsRpt();
        List<PaymentStatusReport.TransactionStatus> transactions = new ArrayList<>();
        for (OriginalPaymentInstruction32 payment : report.getOrgnlPmtInfAndSts()) {
            for (PaymentTransaction105 transaction : payment.getTxInfAndSts()) {
                transactions.add(new PaymentStatusReport.TransactionStatus(transaction.getOrgnlEndToEndId(), transaction.getTxSts(),
                        reason(transaction.getStsRsnInf()), transaction.getAcctSvcrRef()));
            }
        }
        return new PaymentStatusReport(report.getGrpHdr().getMsgId(), report.getOrgnlGrpInfAndSts().getOrgnlMsgId(),
                Optional.ofNullable(report.getOrgnlGrpInfAndSts().getGrpSts()), transactions);
    }

    private static Optional<String> reason(List<StatusReasonInformation12> reasons) {
        return reasons.stream().filter(r -> r.getRsn() != null)
                .map(r -> r.getRsn().getCd() != null ? r.getRsn().getCd() : r.getRsn().getPrtry()).findFirst();
    }

    /** Elements without a namespace read as {@code namespace}; everything else as it is. */
    static XMLStreamReader inNamespace(XMLStreamReader reader, String namespace) {
        return new StreamReaderDelegate(reader) {
            private boolean onElement() {
                int event = getEventType();
                return event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT;
            }

            @Override
            public String getNamespaceURI() {
                String uri = super.getNamespaceURI();
                return onElement() && (uri == null || uri.isEmpty()) ? namespace : uri;
            }

            @Override
            public QName getName() {
                QName name = super.getName();
                return name.getNamespaceURI().isEmpty() ? new QName(namespace, name.getLocalPart()) : name;
            }
        };
    }
}
