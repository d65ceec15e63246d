package com.fundguard.bank.iso20022;

import com.fundguard.bank.iso20022.pain001v09.AccountIdentification4Choice;
import com.fundguard.bank.iso20022.pain001v09.ActiveOrHistoricCurrencyAndAmount;
import com.fundguard.bank.iso20022.pain001v09.AmountType4Choice;
import com.fundguard.bank.iso20022.pain001v09.BranchAndFinancialInstitutionIdentification6;
import com.fundguard.bank.iso20022.pain001v09.CashAccount38;
import com.fundguard.bank.iso20022.pain001v09.CreditTransferTransaction34;
import com.fundguard.bank.iso20022.pain001v09.CustomerCreditTransferInitiationV09;
import com.fundguard.bank.iso20022.pain001v09.DateAndDateTime2Choice;
import com.fundguard.bank.iso20022.pain001v09.Document;
import com.fundguard.bank.iso20022.pain001v09.FinancialInstitutionIdentification18;
import com.fundguard.bank.iso20022.pain001v09.GenericAccountIdentification1;
import com.fundguard.bank.iso20022.pain001v09.GenericFinancialIdentification1;
import com.fundguard.bank.iso20022.pain001v09.GroupHeader85;
import com.fundguard.bank.iso20022.pain001v09.ObjectFactory;
import com.fundguard.bank.iso20022.pain001v09.PartyIdentification135;
import com.fundguard.bank.iso20022.pain001v09.PaymentIdentification6;
import com.fundguard.bank.iso20022.pain001v09.PaymentInstruction30;
import com.fundguard.bank.iso20022.pain001v09.PaymentMethod3Code;
import com.fundguard.bank.iso20022.pain001v09.RemittanceInformation16;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeFactory;

/**
 * A payment order as pain.001.001.09 (customer credit transfer initiation), one payment and one transaction, from
 * the generated ISO classes, validated against the ISO schema before a byte leaves: an order the bank's schema would
 * refuse never reaches the token or the bank.
 */
public final class Pain001Writer {

    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final ObjectFactory ISO = new ObjectFactory();

    private Pain001Writer() {
    }

    public static byte[] write(PaymentOrder order, String messageId, Instant createdAt) {
        try {
            DatatypeFactory dates = DatatypeFactory.newDefaultInstance();
            GroupHeader85 header = new GroupHeader85();
            header.setMsgId(messageId);
            header.setCreDtTm(IsoXml.dateTime(createdAt));
            header.setNbOfTxs("1");
            header.setCtrlSum(order.amount());
            header.setInitgPty(party(order.debtorName()));

            PaymentInstruction30 payment = new PaymentInstruction30();
            payment.setPmtInfId(order.endToEndId());
            payment.setPmtMtd(PaymentMethod3Code.TRF);
            payment.setNbOfTxs("1");
            payment.setCtrlSum(order.amount());
            DateAndDateTime2Choice execution = new DateAndDateTime2Choice();
            execution.setDt(dates.newXMLGregorianCalendar(order.requestedExecutionDate().toString()));
            payment.setReqdExctnDt(execution);
            payment.setDbtr(party(order.debtorName()));
            payment.setDbtrAcct(account(order.debtorAccount()));
            payment.setDbtrAgt(bank(order.debtorBank()));

            CreditTransferTransaction34 transaction = new CreditTransferTransaction34();
            PaymentIdentification6 id = new PaymentIdentification6();
            id.setEndToEndId(order.endToEndId());
            transaction.setPmtId(id);
            ActiveOrHistoricCurrencyAndAmount instructed = new ActiveOrHistoricCurrencyAndAmount();
            instructed.setValue(order.amount());
            instructed.setCcy(order.currency().getCurrencyCode());
            AmountType4Choice amount = new AmountType4Choice();
            amount.setInstdAmt(instructed);
            transaction.setAmt(amount);
            transaction.setCdtrAgt(bank(order.creditorBank()));
            transaction.setCdtr(party(order.creditorName()));
            transaction.setCdtrAcct(account(order.creditorAccount()));
            if (order.remittanceInformation() != null && !order.remittanceInformation().isBlank()) {
                RemittanceInformation16 remittance = new RemittanceInformation16();
                remittance.getUstrd().add(order.remittanceInformation().length() > 140
                        ? order.remittanceInformation().substring(0, 140) : order.remittanceInformation());
                transaction.setRmtInf(remittance);
            }
            payment.getCdtTrfTxInf().add(transaction);

            CustomerCreditTransferInitiationV09 initiation = new CustomerCreditTransferInitiationV09();
            initiation.setGrpHdr(header);
            initiation.getPmtInf().add(payment);
            Document document = new Document();
            document.setCstmrCdtTrfInitn(initiation);

            Marshaller marshaller = IsoXml.PAIN001_V09.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setSchema(IsoXml.PAIN001_V09_SCHEMA);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            marshaller.marshal(ISO.createDocument(document), out);
            return out.toByteArray();
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw new IsoMessageException("the order does not make a valid pain.001.001.09: " + cause.getMessage());
        }
    }

    private static PartyIdentification135 party(String name) {
        PartyIdentification135 party = new PartyIdentification135();
        party.setNm(name);
        return party;
    }

    private static CashAccount38 account(String number) {
        GenericAccountIdentification1 other = new GenericAccountIdentification1();
        other.setId(number);
        AccountIdentification4Choice id = new AccountIdentification4Choice();
        id.setOthr(other);
        CashAccount38 account = new CashAccount38();
        account.setId(id);
        return account;
    }

    /** A BIC where the code is one; otherwise the bank's own code (a CNAPS number, the sandbox's name). */
    private static BranchAndFinancialInstitutionIdentification6 bank(String code) {
        FinancialInstitutionIdentification18 institution = new FinancialInstitutionIdentification18();
        if (BIC.matcher(code).matches()) {
            institution.setBICFI(code);
        } else {
            GenericFinancialIdentification1 other = new GenericFinancialIdentification1();
            other.setId(code);
            institution.setOthr(other);
        }
        BranchAndFinancialInstitutionIdentification6 bank = new BranchAndFinancialInstitutionIdentification6();
        bank.setFinInstnId(institution);
        return bank;
    }
}
