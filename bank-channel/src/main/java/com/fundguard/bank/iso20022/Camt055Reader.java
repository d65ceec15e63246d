package com.fundguard.bank.iso20022;

import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentCancellationRequestV08;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction34;
import com.prowidesoftware.swift.model.mx.dic.PaymentCancellationReason5;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction109;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.UnderlyingTransaction24;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The bank's side of a recall: reads a camt.055.001.08 through the hardened reader ({@link RecallXml}) and checks
 * what the schema would, for the parts the bank acts on: one underlying payment with one transaction, its
 * end-to-end id, amount with currency, debtor account and a cancellation reason. Anything else is refused as
 * {@link IsoMessageException} with the field at fault.
 */
public final class Camt055Reader {

    private Camt055Reader() {
    }

    public static ReceivedCancellationRequest read(byte[] xml) {
        CustomerPaymentCancellationRequestV08 request = RecallXml.readCamt055(xml, CustomerPaymentCancellationRequestV08.class);
        String assignmentId = required(() -> request.getAssgnmt().getId(), "Assgnmt/Id");
        UnderlyingTransaction24 underlying = single(request.getUndrlyg(), "Undrlyg");
        OriginalPaymentInstruction34 payment = single(underlying.getOrgnlPmtInfAndCxl(), "OrgnlPmtInfAndCxl");
        PaymentTransaction109 transaction = single(payment.getTxInf(), "TxInf");
        String endToEndId = required(transaction::getOrgnlEndToEndId, "TxInf/OrgnlEndToEndId");
        ActiveOrHistoricCurrencyAndAmount amount = required(transaction::getOrgnlInstdAmt, "TxInf/OrgnlInstdAmt");
        BigDecimal value = required(amount::getValue, "TxInf/OrgnlInstdAmt");
        Currency currency = currency(required(amount::getCcy, "TxInf/OrgnlInstdAmt/@Ccy"));
        CashAccount38 debtorAccount = required(() -> transaction.getOrgnlTxRef().getDbtrAcct(), "TxInf/OrgnlTxRef/DbtrAcct");
        String account = required(() -> debtorAccount.getId().getIBAN() != null ? debtorAccount.getId().getIBAN()
                : debtorAccount.getId().getOthr().getId(), "TxInf/OrgnlTxRef/DbtrAcct/Id");
        List<PaymentCancellationReason5> reasons = transaction.getCxlRsnInf().isEmpty() ? payment.getCxlRsnInf() : transaction.getCxlRsnInf();
        String reason = required(() -> reasons.stream().map(r -> r.getRsn().getCd() != null ? r.getRsn().getCd() : r.getRsn().getPrtry())
                .findFirst().orElse(null), "TxInf/CxlRsnInf/Rsn");
        String debtorName = Optional.ofNullable(transaction.getOrgnlTxRef().getDbtr()).map(d -> d.getPty()).map(PartyIdentification135::getNm)
                .orElse("NOTPROVIDED");
        String debtorBank = Optional.ofNullable(transaction.getOrgnlTxRef().getDbtrAgt()).map(BranchAndFinancialInstitutionIdentification6::getFinInstnId)
                .map(i -> i.getBICFI() != null ? i.getBICFI() : i.getOthr() == null ? null : i.getOthr().getId()).orElse("NOTPROVIDED");
        Optional<String> originalMessageId = Optional.ofNullable(payment.getOrgnlGrpInf()).map(g -> g.getOrgnlMsgId());
        try {
            return new ReceivedCancellationRequest(assignmentId,
                    new CancellationRequest(debtorName, account, debtorBank, endToEndId, originalMessageId, value, currency, reason));
        } catch (IllegalArgumentException e) {
            throw new IsoMessageException("not a valid cancellation request: " + e.getMessage());
        }
    }

    private static <T> T single(List<T> elements, String name) {
        if (elements.size() != 1) {
            throw new IsoMessageException("a cancellation request here has exactly one " + name + ", not " + elements.size());
        }
        return elements.getFirst();
    }

    private static <T> T required(Supplier<T> value, String name) {
        T found;
        try {
            found = value.get();
        } catch (NullPointerException absent) {
            found = null;
        }
        if (found == null || found instanceof String text && text.isBlank()) {
            throw new IsoMessageException("the cancellation request has no " + name);
        }
        return found;
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IsoMessageException("the cancellation request's currency " + code + " is not ISO 4217");
        }
    }
}
