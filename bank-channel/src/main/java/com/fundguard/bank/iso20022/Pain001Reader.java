package com.fundguard.bank.iso20022;

import com.fundguard.bank.iso20022.pain001v09.AccountIdentification4Choice;
import com.fundguard.bank.iso20022.pain001v09.BranchAndFinancialInstitutionIdentification6;
import com.fundguard.bank.iso20022.pain001v09.CashAccount38;
import com.fundguard.bank.iso20022.pain001v09.CreditTransferTransaction34;
import com.fundguard.bank.iso20022.pain001v09.CustomerCreditTransferInitiationV09;
import com.fundguard.bank.iso20022.pain001v09.DateAndDateTime2Choice;
import com.fundguard.bank.iso20022.pain001v09.Document;
import com.fundguard.bank.iso20022.pain001v09.FinancialInstitutionIdentification18;
import com.fundguard.bank.iso20022.pain001v09.PartyIdentification135;
import com.fundguard.bank.iso20022.pain001v09.PaymentInstruction30;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Currency;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * The bank's side of {@link Pain001Writer}: a pain.001.001.09 with one payment and one transaction, validated against
 * the ISO schema while it is read through the hardened StAX factory (no DTD, no external entity), made into a
 * {@link PaymentOrder}. Whatever the schema or the order's own rules refuse is an {@link IsoMessageException}: the
 * bank answers it with FF01.
 */
public final class Pain001Reader {

    private Pain001Reader() {
    }

    public static ReceivedPaymentOrder read(byte[] xml) {
        Object root;
        try {
            Unmarshaller unmarshaller = IsoXml.PAIN001_V09.createUnmarshaller();
            unmarshaller.setSchema(IsoXml.PAIN001_V09_SCHEMA);
            root = unmarshaller.unmarshal(IsoXml.reader(new ByteArrayInputStream(xml)));
        } catch (JAXBException e) {
            throw new IsoMessageException("not a valid pain.001.001.09: " + IsoXml.causeOf(e));
        }
        if (!(root instanceof JAXBElement<?> element) || !(element.getValue() instanceof Document document)
                || document.getCstmrCdtTrfInitn() == null) {
            throw new IsoMessageException("not a pain.001.001.09 credit transfer initiation");
        }
        CustomerCreditTransferInitiationV09 initiation = document.getCstmrCdtTrfInitn();
        if (initiation.getPmtInf().size() != 1 || initiation.getPmtInf().getFirst().getCdtTrfTxInf().size() != 1) {
            throw new IsoMessageException("one payment with one transaction is what this channel takes");
        }
        PaymentInstruction30 payment = initiation.getPmtInf().getFirst();
        CreditTransferTransaction34 transaction = payment.getCdtTrfTxInf().getFirst();
        if (transaction.getAmt().getInstdAmt() == null) {
            throw new IsoMessageException("the transaction has no instructed amount");
        }
        try {
            PaymentOrder order = new PaymentOrder(transaction.getPmtId().getEndToEndId(), name(payment.getDbtr(), "debtor"),
                    account(payment.getDbtrAcct(), "debtor"), bank(payment.getDbtrAgt(), "debtor"),
                    name(transaction.getCdtr(), "creditor"), account(transaction.getCdtrAcct(), "creditor"),
                    bank(transaction.getCdtrAgt(), "creditor"), transaction.getAmt().getInstdAmt().getValue(),
                    Currency.getInstance(transaction.getAmt().getInstdAmt().getCcy()), date(payment.getReqdExctnDt()),
                    transaction.getRmtInf() == null || transaction.getRmtInf().getUstrd().isEmpty()
                            ? null : String.join(" ", transaction.getRmtInf().getUstrd()));
            return new ReceivedPaymentOrder(initiation.getGrpHdr().getMsgId(), payment.getPmtInfId(), order);
        } catch (IllegalArgumentException e) {
            // An unknown currency, an amount finer than the currency's minor unit, an over-long end-to-end id.
            throw new IsoMessageException("the order is not one this bank can book: " + e.getMessage());
        }
    }

    private static String name(PartyIdentification135 party, String role) {
        if (party == null || party.getNm() == null || party.getNm().isBlank()) {
            throw new IsoMessageException("the " + role + " has no name");
        }
        return party.getNm();
    }

    private static String account(CashAccount38 account, String role) {
        AccountIdentification4Choice id = account == null ? null : account.getId();
        if (id != null && id.getIBAN() != null) {
            return id.getIBAN();
        }
        if (id != null && id.getOthr() != null) {
            return id.getOthr().getId();
        }
        throw new IsoMessageException("the " + role + " has no account");
    }

    private static String bank(BranchAndFinancialInstitutionIdentification6 agent, String role) {
        FinancialInstitutionIdentification18 institution = agent == null ? null : agent.getFinInstnId();
        if (institution != null && institution.getBICFI() != null) {
            return institution.getBICFI();
        }
        if (institution != null && institution.getOthr() != null) {
            return institution.getOthr().getId();
        }
        throw new IsoMessageException("the " + role + "'s bank is not named by a BIC or a bank code");
    }

    private static LocalDate date(DateAndDateTime2Choice choice) {
        XMLGregorianCalendar value = choice.getDt() != null ? choice.getDt() : choice.getDtTm();
        return LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
    }
}
