package com.fundguard.bank.iso20022;

import com.fundguard.bank.iso20022.pain002v10.CustomerPaymentStatusReportV10;
import com.fundguard.bank.iso20022.pain002v10.Document;
import com.fundguard.bank.iso20022.pain002v10.GroupHeader86;
import com.fundguard.bank.iso20022.pain002v10.ObjectFactory;
import com.fundguard.bank.iso20022.pain002v10.OriginalGroupHeader17;
import com.fundguard.bank.iso20022.pain002v10.OriginalPaymentInstruction32;
import com.fundguard.bank.iso20022.pain002v10.PaymentTransaction105;
import com.fundguard.bank.iso20022.pain002v10.StatusReason6Choice;
import com.fundguard.bank.iso20022.pain002v10.StatusReasonInformation12;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * The bank's answer to a pain.001: a pain.002.001.10 status report from the generated ISO classes, validated against
 * the ISO schema while it is written; {@link Pain002Reader} reads back what this writes.
 */
public final class Pain002Writer {

    private static final ObjectFactory ISO = new ObjectFactory();

    private Pain002Writer() {
    }

    /**
     * @param originalPaymentInformationId the {@code PmtInfId} of the pain.001 the transactions came in
     */
    public static byte[] write(PaymentStatusReport report, String originalPaymentInformationId, Instant createdAt) {
        GroupHeader86 header = new GroupHeader86();
        header.setMsgId(report.messageId());
        header.setCreDtTm(IsoXml.dateTime(createdAt));

        OriginalGroupHeader17 original = new OriginalGroupHeader17();
        original.setOrgnlMsgId(report.originalMessageId());
        original.setOrgnlMsgNmId("pain.001.001.09");
        report.groupStatus().ifPresent(original::setGrpSts);

        OriginalPaymentInstruction32 payment = new OriginalPaymentInstruction32();
        payment.setOrgnlPmtInfId(originalPaymentInformationId);
        for (PaymentStatusReport.TransactionStatus status : report.transactions()) {
            PaymentTransaction105 transaction = new PaymentTransaction105();
            transaction.setOrgnlEndToEndId(status.endToEndId());
            transaction.setTxSts(status.status());
            status.reasonCode().ifPresent(code -> {
                StatusReason6Choice reason = new StatusReason6Choice();
                reason.setCd(code);
                StatusReasonInformation12 information = new StatusReasonInformation12();
                information.setRsn(reason);
                transaction.getStsRsnInf().add(information);
            });
            transaction.setAcctSvcrRef(status.bankReference());
            payment.getTxInfAndSts().add(transaction);
        }

        CustomerPaymentStatusReportV10 statusReport = new CustomerPaymentStatusReportV10();
        statusReport.setGrpHdr(header);
        statusReport.setOrgnlGrpInfAndSts(original);
        statusReport.getOrgnlPmtInfAndSts().add(payment);
        Document document = new Document();
        document.setCstmrPmtStsRpt(statusReport);
        try {
            Marshaller marshaller = IsoXml.PAIN002_V10.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setSchema(IsoXml.PAIN002_V10_SCHEMA);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            marshaller.marshal(ISO.createDocument(document), out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IsoMessageException("the report does not make a valid pain.002.001.10: " + IsoXml.causeOf(e));
        }
    }
}
