package com.fundguard.bank.iso20022;

import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails1;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails3;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus2Code;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction4;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry4;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The entries of camt.053.001.02 and .04 statements on prowide's model classes ({@code ReportEntry2}, {@code ReportEntry4}),
 * one {@code <Ntry>} at a time like .08's: {@link Camt053Reader} walks the document and checks the root's namespace,
 * this binds each entry with every unexpected element an error ({@link ProwideXml}). Reached only after
 * {@link Camt053Reader} has made sure prowide is on the class path. Each version's JAXB context is built once, on its
 * first statement.
 */
final class OlderCamt053Entries {

    private OlderCamt053Entries() {
    }

    static Camt053Reader.EntryBinding v02() throws JAXBException {
        return binding(V02.CONTEXT, ReportEntry2.class, entry -> entry(entry.getAmt(), entry.getCdtDbtInd(), entry.getSts(), entry.getBookgDt(),
                entry.getAcctSvcrRef(), entry.getNtryDtls().stream().map(EntryDetails1::getTxDtls).flatMap(List::stream)
                        .map(EntryTransaction2::getRefs).filter(Objects::nonNull).map(refs -> refs.getEndToEndId())));
    }

    static Camt053Reader.EntryBinding v04() throws JAXBException {
        return binding(V04.CONTEXT, ReportEntry4.class, entry -> entry(entry.getAmt(), entry.getCdtDbtInd(), entry.getSts(), entry.getBookgDt(),
                entry.getAcctSvcrRef(), entry.getNtryDtls().stream().map(EntryDetails3::getTxDtls).flatMap(List::stream)
                        .map(EntryTransaction4::getRefs).filter(Objects::nonNull).map(refs -> refs.getEndToEndId())));
    }

    private static <T> Camt053Reader.EntryBinding binding(JAXBContext context, Class<T> entryType, Function<T, StatementEntry> mapping)
            throws JAXBException {
        Unmarshaller unmarshaller = ProwideXml.strictUnmarshaller(context);
        return reader -> mapping.apply(unmarshaller.unmarshal(ProwideXml.withoutNamespace(reader), entryType).getValue());
    }

    private static StatementEntry entry(ActiveOrHistoricCurrencyAndAmount amount, CreditDebitCode direction, EntryStatus2Code status,
                                        DateAndDateTimeChoice bookingDate, String bankReference, Stream<String> endToEndIds) {
        return Camt053Reader.entry(amount == null ? null : amount.getValue(), amount == null ? null : amount.getCcy(),
                direction == null ? null : direction == CreditDebitCode.CRDT, status == null ? null : status.value(), date(bookingDate),
                bankReference, endToEndIds.filter(Objects::nonNull).toList());
    }

    /** The booking date as the bank wrote it: a date, or the date part of a date-time in the offset the bank wrote. */
    private static LocalDate date(DateAndDateTimeChoice choice) {
        if (choice == null) {
            return null;
        }
        return choice.getDt() != null ? choice.getDt() : choice.getDtTm() == null ? null : choice.getDtTm().toLocalDate();
    }

    /** Built on the first .02 statement, not with .04's. */
    private static final class V02 {
        static final JAXBContext CONTEXT = ProwideXml.context(ReportEntry2.class);
    }

    private static final class V04 {
        static final JAXBContext CONTEXT = ProwideXml.context(ReportEntry4.class);
    }
}
