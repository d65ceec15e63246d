package com.fundguard.reconciliation.statement.adapter.in.file;

import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.prowidesoftware.swift.io.parser.SwiftParser;
import com.prowidesoftware.swift.model.SwiftBlock4;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field61;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What MT940 and MT942 share: one message's tags parsed by Prowide Core, the :61: statement line with its :86:
 * mapped onto an entry, dates and currencies checked, and every refusal naming the file, message and line.
 */
abstract class SwiftMessageMapping {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    protected final String source;
    protected final SwiftMessages.MessageText message;
    /** The line the mapping is at, for the refusal. */
    protected int line;

    SwiftMessageMapping(String source, SwiftMessages.MessageText message) {
        this.source = source;
        this.message = message;
        this.line = message.firstLine();
    }

    /** The message's tags in order; each tag's line is {@code message.tagLines().get(i)}. */
    protected List<Tag> tags() {
        SwiftBlock4 block = SwiftParser.parseBlock4("{4:\n" + message.text() + "-}");
        List<Tag> tags = block.getTags();
        if (tags.size() != message.tagLines().size()) {
            throw malformed("the message's tags could not be told apart (" + tags.size() + " parsed, "
                    + message.tagLines().size() + " lines start a tag)", null);
        }
        return tags;
    }

    /**
     * One :61: statement line and the :86: after it (null when none).
     *
     * @param currency the statement's currency, null when the message has not said it yet
     * @param noCurrency the refusal when {@code currency} is null
     */
    protected StatementEntry entry(Field61 f, int entryLine, String information, Currency currency, String noCurrency) {
        line = entryLine;
        require(currency != null, noCurrency);
        LocalDate valueDate = date(f.getValueDate(), "value date");
        LocalDate bookingDate = f.getEntryDate() == null ? valueDate : bookingDate(f.getEntryDate(), valueDate);
        String mark = f.getDebitCreditMark();
        CreditDebit direction = switch (mark == null ? "" : mark) {
            case "C", "RD" -> CreditDebit.CREDIT;
            case "D", "RC" -> CreditDebit.DEBIT;
            default -> throw malformed("debit/credit mark must be C, D, RC or RD, found " + mark, null);
        };
        BigDecimal amount = f.getAmountAsBigDecimal();
        require(amount != null, "no amount in :61:");
        require(f.getTransactionType() != null && f.getIdentificationCode() != null,
                "no transaction type (N/S/F and code) in :61:");
        String raw = information == null ? "" : information;
        Mt940Information details = Mt940Information.of(raw);
        try {
            return new StatementEntry(bookingDate, valueDate, amount, currency, direction,
                    mark.startsWith("R"), f.getTransactionType() + f.getIdentificationCode(),
                    Optional.ofNullable(f.getReferenceOfTheAccountServicingInstitution()).map(String::strip),
                    customerReference(f.getReferenceForTheAccountOwner()), details.endToEndReference(),
                    details.counterpartyAccount(), details.counterpartyName(),
                    Optional.ofNullable(f.getSupplementaryDetails()).map(String::strip), raw);
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage(), e);
        }
    }

    /** "NONREF" is how MT940 says the account owner gave no reference. */
    private static Optional<String> customerReference(String reference) {
        return Optional.ofNullable(reference).map(String::strip)
                .filter(r -> !r.isEmpty() && !r.equals("NONREF"));
    }

    /** The entry date has no year: the one that puts it nearest the value date (a booking can cross 31 Dec). */
    private LocalDate bookingDate(String mmdd, LocalDate valueDate) {
        MonthDay day;
        try {
            day = MonthDay.parse(mmdd, MMDD);
        } catch (DateTimeParseException e) {
            throw malformed("entry date " + mmdd + " is not MMDD", e);
        }
        LocalDate best = null;
        for (int year = valueDate.getYear() - 1; year <= valueDate.getYear() + 1; year++) {
            if (!day.isValidYear(year)) {
                continue;
            }
            LocalDate candidate = day.atYear(year);
            if (best == null || Math.abs(candidate.toEpochDay() - valueDate.toEpochDay())
                    < Math.abs(best.toEpochDay() - valueDate.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    protected Balance balance(String mark, String date, String currency, BigDecimal amount, String tag) {
        CreditDebit direction = switch (mark == null ? "" : mark) {
            case "C" -> CreditDebit.CREDIT;
            case "D" -> CreditDebit.DEBIT;
            default -> throw malformed(tag + " mark must be C or D, found " + mark, null);
        };
        require(amount != null, "no amount in " + tag);
        return new Balance(direction, amount, currency(currency, tag), date(date, tag + " date"));
    }

    protected Currency currency(String code, String tag) {
        try {
            return Currency.getInstance(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            throw malformed(tag + " currency " + code + " is not an ISO 4217 code", e);
        }
    }

    protected LocalDate date(String yymmdd, String what) {
        try {
            return LocalDate.parse(yymmdd == null ? "" : yymmdd, YYMMDD);
        } catch (DateTimeParseException e) {
            throw malformed(what + " " + yymmdd + " is not YYMMDD", e);
        }
    }

    protected void require(boolean condition, String reason) {
        if (!condition) {
            throw malformed(reason, null);
        }
    }

    protected MalformedStatementFileException malformed(String reason, Throwable cause) {
        return new MalformedStatementFileException(source, message.number(), line, reason, cause);
    }
}
