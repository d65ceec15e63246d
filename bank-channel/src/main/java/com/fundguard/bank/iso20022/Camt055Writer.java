package com.fundguard.bank.iso20022;

import com.prowidesoftware.swift.model.mx.MxCamt05500108;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CancellationReason33Choice;
import com.prowidesoftware.swift.model.mx.dic.CaseAssignment5;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ControlData1;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentCancellationRequestV08;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GenericFinancialIdentification1;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupInformation29;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction34;
import com.prowidesoftware.swift.model.mx.dic.OriginalTransactionReference28;
import com.prowidesoftware.swift.model.mx.dic.Party40Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentCancellationReason5;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction109;
import com.prowidesoftware.swift.model.mx.dic.UnderlyingTransaction24;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The payer's recall: a camt.055.001.08 customer payment cancellation request for one transaction, naming it by its
 * original end-to-end id (and pain.001 message id when known), amount and currency, with the debtor account and the
 * cancellation reason. Assigned by the debtor to its bank (the debtor agent). {@link Camt055Reader} reads back what
 * this writes.
 */
public final class Camt055Writer {

    private Camt055Writer() {
    }

    public static byte[] write(CancellationRequest request, Instant createdAt) {
        CaseAssignment5 assignment = new CaseAssignment5()
                .setId(request.caseId())
                .setAssgnr(new Party40Choice().setPty(new PartyIdentification135().setNm(request.debtorName())))
                .setAssgne(new Party40Choice().setAgt(agent(request.debtorBank())))
                .setCreDtTm(createdAt.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));

        PaymentTransaction109 transaction = new PaymentTransaction109()
                .setCxlId(request.caseId())
                .setOrgnlEndToEndId(request.endToEndId())
                .setOrgnlInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                        .setValue(request.amount().setScale(request.currency().getDefaultFractionDigits()))
                        .setCcy(request.currency().getCurrencyCode()))
                .addCxlRsnInf(new PaymentCancellationReason5().setRsn(new CancellationReason33Choice().setCd(request.reasonCode())))
                .setOrgnlTxRef(new OriginalTransactionReference28()
                        .setDbtr(new Party40Choice().setPty(new PartyIdentification135().setNm(request.debtorName())))
                        .setDbtrAcct(new CashAccount38().setId(new AccountIdentification4Choice()
                                .setOthr(new GenericAccountIdentification1().setId(request.debtorAccount()))))
                        .setDbtrAgt(agent(request.debtorBank())));

        OriginalPaymentInstruction34 payment = new OriginalPaymentInstruction34()
                // Pain001Writer makes the payment information id the end-to-end id.
                .setOrgnlPmtInfId(request.endToEndId())
                .addTxInf(transaction);
        request.originalMessageId().ifPresent(id ->
                payment.setOrgnlGrpInf(new OriginalGroupInformation29().setOrgnlMsgId(id).setOrgnlMsgNmId("pain.001.001.09")));

        CustomerPaymentCancellationRequestV08 cancellation = new CustomerPaymentCancellationRequestV08()
                .setAssgnmt(assignment)
                .setCtrlData(new ControlData1().setNbOfTxs("1"))
                .addUndrlyg(new UnderlyingTransaction24().addOrgnlPmtInfAndCxl(payment));
        return RecallXml.writeCamt055(new MxCamt05500108().setCstmrPmtCxlReq(cancellation));
    }

    static BranchAndFinancialInstitutionIdentification6 agent(String bankCode) {
        FinancialInstitutionIdentification18 institution = new FinancialInstitutionIdentification18();
        if (bankCode.matches("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            institution.setBICFI(bankCode);
        } else {
            institution.setOthr(new GenericFinancialIdentification1().setId(bankCode));
        }
        return new BranchAndFinancialInstitutionIdentification6().setFinInstnId(institution);
    }
}
