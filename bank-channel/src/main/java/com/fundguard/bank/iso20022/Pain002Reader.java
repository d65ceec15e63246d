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
import java.util.Set;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a bank's payment status report (pain.002) into a {@link PaymentStatusReport}, choosing by the root's namespace:
 * <ul>
 * <li>pain.002.001.10 on the JAXB classes generated from the ISO XSD. Some banks send it without a namespace on
 * {@code <Document>}; the channel's configuration says which version it speaks, so elements without a namespace are
 * read as .10's (attributes such as {@code Ccy} are unqualified by the schema and stay so). This is all the operator
 * agent ever receives (the sandbox's and the platform's banks answer .10), and it needs nothing else.</li>
 * <li>pain.002.001.03, ISO's and SIX's Swiss .ch.02, on prowide's model classes ({@link Pain002V03Reader}), an optional
 * dependency: without it such a report is refused naming what is missing.</li>
 * </ul>
 * Any other namespace is refused: a report of another version must not be half-read as one of these.
 */
public final class Pain002Reader {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10";
    /** ISO's pain.002.001.03 and SIX's Swiss restriction of it (PostFinance and the other Swiss banks). */
    static final Set<String> V03_NAMESPACES = Set.of("urn:iso:std:iso:20022:tech:xsd:pain.002.001.03",
            "http://www.six-interbank-clearing.com/de/pain.002.001.03.ch.02.xsd");

    private Pain002Reader() {
    }

    public static PaymentStatusReport read(byte[] xml) {
        XMLStreamReader root = IsoXml.atRoot(new ByteArrayInputStream(xml));
        String namespace = IsoXml.namespaceOf(root);
        if (namespace.isEmpty() || NAMESPACE.equals(namespace)) {
            return readV10(inNamespace(root, NAMESPACE));
        }
        if (V03_NAMESPACES.contains(namespace)) {
            ProwideXml.requireFor("pain.002.001.03");
            return Pain002V03Reader.read(root, V03_NAMESPACES);
        }
        throw new IsoMessageException("a status report in the namespace " + namespace + " is not read here: pain.002.001.10 (also without "
                + "a namespace) and pain.002.001.03 (ISO's, SIX's .ch.02) are");
    }

    private static PaymentStatusReport readV10(XMLStreamReader reader) {
        Object root;
        try {
            root = IsoXml.PAIN002_V10.createUnmarshaller().unmarshal(reader);
        } catch (JAXBException e) {
            throw new IsoMessageException("not a pain.002.001.10 status report: " + IsoXml.causeOf(e));
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
        return IsoXml.renamingElementNamespaces(reader, uri -> uri.isEmpty() ? namespace : uri);
    }
}
