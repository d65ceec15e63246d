package com.fundguard.bank.iso20022;

import com.prowidesoftware.swift.model.mx.MxCamt02900109;
import com.prowidesoftware.swift.model.mx.dic.CancellationIndividualStatus1Code;
import com.prowidesoftware.swift.model.mx.dic.CancellationStatusReason3Choice;
import com.prowidesoftware.swift.model.mx.dic.CancellationStatusReason4;
import com.prowidesoftware.swift.model.mx.dic.Case5;
import com.prowidesoftware.swift.model.mx.dic.CaseAssignment5;
import com.prowidesoftware.swift.model.mx.dic.InvestigationStatus5Choice;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.Party40Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction103;
import com.prowidesoftware.swift.model.mx.dic.ResolutionOfInvestigationV09;
import com.prowidesoftware.swift.model.mx.dic.UnderlyingTransaction22;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The bank's answer to a recall: a camt.029.001.09 resolution of investigation resolving the request's case, with the
 * transaction's cancellation status (ACCR, RJCR, PDCR), the refusal reason, and for an accepted one the reversal
 * booking's reference as the cancellation status id. {@link Camt029Reader} reads back what this writes.
 */
public final class Camt029Writer {

    private Camt029Writer() {
    }

    /**
     * @param bankCode the answering bank (the assigner of this answer)
     * @param debtorName the payer the answer goes to (the assignee)
     */
    public static byte[] write(CancellationResolution resolution, String bankCode, String debtorName, Instant createdAt) {
        Party40Choice payer = new Party40Choice().setPty(new PartyIdentification135().setNm(debtorName));
        CaseAssignment5 assignment = new CaseAssignment5()
                .setId(resolution.assignmentId())
                .setAssgnr(new Party40Choice().setAgt(Camt055Writer.agent(bankCode)))
                .setAssgne(payer)
                .setCreDtTm(createdAt.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));

        PaymentTransaction103 transaction = new PaymentTransaction103()
                .setOrgnlEndToEndId(resolution.endToEndId())
                .setTxCxlSts(CancellationIndividualStatus1Code.fromValue(resolution.status()));
        resolution.reversalReference().ifPresent(transaction::setCxlStsId);
        resolution.reasonCode().ifPresent(code ->
                transaction.addCxlStsRsnInf(new CancellationStatusReason4().setRsn(new CancellationStatusReason3Choice().setCd(code))));

        ResolutionOfInvestigationV09 answer = new ResolutionOfInvestigationV09()
                .setAssgnmt(assignment)
                .setRslvdCase(new Case5().setId(resolution.resolvedAssignmentId()).setCretr(payer))
                .setSts(new InvestigationStatus5Choice().setConf(confirmation(resolution.status())))
                .addCxlDtls(new UnderlyingTransaction22().addOrgnlPmtInfAndSts(new OriginalPaymentInstruction30()
                        .setOrgnlPmtInfId(resolution.endToEndId())
                        .addTxInfAndSts(transaction)));
        return RecallXml.writeCamt029(new MxCamt02900109().setRsltnOfInvstgtn(answer));
    }

    /** ExternalInvestigationExecutionConfirmation1Code: CNCL cancelled as requested, RJCR refused, PDCR pending. */
    private static String confirmation(String status) {
        return switch (status) {
            case CancellationResolution.ACCEPTED -> "CNCL";
            case CancellationResolution.REFUSED -> "RJCR";
            case CancellationResolution.PENDING -> "PDCR";
            default -> throw new IllegalArgumentException("no cancellation status " + status);
        };
    }
}
