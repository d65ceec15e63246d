package com.fundguard.bank.iso20022;

import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV03;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInformation1;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransactionInformation25;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation8;
import jakarta.xml.bind.JAXBContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;

/**
 * pain.002.001.03 status reports, on prowide's model classes (no pain.002.001.03 XSD here to generate ours from), into
 * the same {@link PaymentStatusReport} as .10. Reached only through {@link Pain002Reader}, after it has made sure prowide
 * is on the class path. SIX's Swiss pain.002.001.03.ch.02 restricts ISO's .03 in its own namespace, so ISO's classes
 * read it.
 */
final class Pain002V03Reader {

    private static final JAXBContext CONTEXT = ProwideXml.context(CustomerPaymentStatusReportV03.class);

    private Pain002V03Reader() {
    }

    /** {@code root} is on the {@code Document} element, whose namespace is one of {@code namespaces}. */
    static PaymentStatusReport read(XMLStreamReader root, Set<String> namespaces) {
        CustomerPaymentStatusReportV03 report = ProwideXml.readMessage(root, namespaces, "pain.002.001.03", "CstmrPmtStsRpt", CONTEXT,
                CustomerPaymentStatusReportV03.class);
        if (report.getGrpHdr() == null || report.getGrpHdr().getMsgId() == null) {
            throw new IsoMessageException("the pain.002.001.03 status report has no GrpHdr/MsgId");
        }
        if (report.getOrgnlGrpInfAndSts() == null || report.getOrgnlGrpInfAndSts().getOrgnlMsgId() == null) {
            throw new IsoMessageException("the pain.002.001.03 status report has no OrgnlGrpInfAndSts/OrgnlMsgId");
        }
        List<PaymentStatusReport.TransactionStatus> transactions = new ArrayList<>();
        for (OriginalPaymentInformation1 payment : report.getOrgnlPmtInfAndSts()) {
            for (PaymentTransactionInformation25 transaction : payment.getTxInfAndSts()) {
                transactions.add(new PaymentStatusReport.TransactionStatus(transaction.getOrgnlEndToEndId(),
                        transaction.getTxSts() == null ? null : transaction.getTxSts().value(), reason(transaction.getStsRsnInf()),
                        transaction.getAcctSvcrRef()));
            }
        }
        return new PaymentStatusReport(report.getGrpHdr().getMsgId(), report.getOrgnlGrpInfAndSts().getOrgnlMsgId(),
                Optional.ofNullable(report.getOrgnlGrpInfAndSts().getGrpSts()).map(status -> status.value()), transactions);
    }

    private static Optional<String> reason(List<StatusReasonInformation8> reasons) {
        return reasons.stream().filter(r -> r.getRsn() != null)
                .map(r -> r.getRsn().getCd() != null ? r.getRsn().getCd() : r.getRsn().getPrtry()).findFirst();
    }
}
