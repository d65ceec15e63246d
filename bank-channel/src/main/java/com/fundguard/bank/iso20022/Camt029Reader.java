package com.fundguard.bank.iso20022;

import com.prowidesoftware.swift.model.mx.dic.CancellationStatusReason4;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction103;
import com.prowidesoftware.swift.model.mx.dic.ResolutionOfInvestigationV09;
import com.prowidesoftware.swift.model.mx.dic.UnderlyingTransaction22;
import java.util.List;
import java.util.Optional;

/**
 * Reads a bank's camt.029.001.09 answer to a recall through the hardened reader ({@link RecallXml}): per cancelled
 * transaction its end-to-end id, cancellation status, reason and, when accepted, the reversal reference (the
 * cancellation status id). A document that is not a camt.029.001.09 resolution is refused as {@link IsoMessageException}.
 */
public final class Camt029Reader {

    private Camt029Reader() {
    }

    public static List<CancellationResolution> read(byte[] xml) {
        ResolutionOfInvestigationV09 answer = RecallXml.readCamt029(xml, ResolutionOfInvestigationV09.class);
        if (answer.getAssgnmt() == null || answer.getAssgnmt().getId() == null) {
            throw new IsoMessageException("the resolution has no Assgnmt/Id");
        }
        String resolved = answer.getRslvdCase() == null || answer.getRslvdCase().getId() == null ? "" : answer.getRslvdCase().getId();
        try {
            return answer.getCxlDtls().stream().map(UnderlyingTransaction22::getOrgnlPmtInfAndSts).flatMap(List::stream)
                    .map(OriginalPaymentInstruction30::getTxInfAndSts).flatMap(List::stream)
                    .map(transaction -> resolution(answer.getAssgnmt().getId(), resolved, transaction)).toList();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IsoMessageException("the resolution's cancellation details are incomplete: " + e.getMessage());
        }
    }

    private static CancellationResolution resolution(String assignmentId, String resolved, PaymentTransaction103 transaction) {
        Optional<String> reason = transaction.getCxlStsRsnInf().stream().map(CancellationStatusReason4::getRsn)
                .filter(r -> r != null).map(r -> r.getCd() != null ? r.getCd() : r.getPrtry()).findFirst();
        return new CancellationResolution(assignmentId, resolved, transaction.getOrgnlEndToEndId(), transaction.getTxCxlSts().value(),
                reason, Optional.ofNullable(transaction.getCxlStsId()));
    }
}
