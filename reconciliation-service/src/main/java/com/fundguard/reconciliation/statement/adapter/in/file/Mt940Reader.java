package com.fundguard.reconciliation.statement.adapter.in.file;

import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.BankStatement;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.prowidesoftware.swift.io.parser.SwiftParser;
import com.prowidesoftware.swift.model.SwiftBlock4;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field62F;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads MT940 customer statements as banks export them: each message's text block (the :20: ... :62F: tags) with or
 * without the FIN envelope, after whatever header lines the bank puts first (ABN AMRO's "ABNANL2A / 940", ING's
 * "0000 01INGBNL2AXXXX00001"), each message ended by a line starting with '-' or by the next :20:.
 *
 * <p>The file is read line by line and only one message is held at a time, so a large file costs the heap of its
 * largest message. Prowide Core splits a message into tags and parses the fields; this class only maps them onto
 * the statement model and refuses what it cannot map, naming the message and line.
 */
public final class Mt940Reader {

    private static final Pattern TAG_START = Pattern.compile("^:(\\d{2}[A-Z]?):");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Tags of an MT940 that carry nothing the model keeps: related reference, available and forward balances. */
    private static final Set<String> NOT_KEPT = Set.of("21", "64", "65");

    /**
     * The statements in the file, one message parsed per element as the stream is consumed. The caller owns
     * {@code in} and closes it; a malformed message throws {@link MalformedStatementFileException} when reached.
     *
     * @param source the file's name, for error messages
     */
    public Stream<BankStatement> read(Reader in, String source) {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Iterator<BankStatement> messages = new Messages(lines, source);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(messages,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** One message's lines as read: text and the line number where each tag starts. */
    private record MessageText(int number, int firstLine, String text, List<Integer> tagLines) {
    }

    private static final class Messages implements Iterator<BankStatement> {
        private final BufferedReader lines;
        private final String source;
        private int lineNumber;
        private int messageCount;
        private String pendingLine; // a :20: that ended the previous message without a '-' line
        private MessageText next;
        private boolean done;

        Messages(BufferedReader lines, String source) {
            this.lines = lines;
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = readMessage();
                done = next == null;
                if (done && messageCount == 0) {
                    throw new MalformedStatementFileException(source, 1, lineNumber,
                            "no MT940 message (:20: ... :62F:) in the file", null);
                }
            }
            return next != null;
        }

        @Override
        public BankStatement next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            MessageText message = next;
            next = null;
            return new StatementMapping(source, message).statement();
        }

        private MessageText readMessage() {
            StringBuilder text = new StringBuilder();
            List<Integer> tagLines = new ArrayList<>();
            int firstLine = 0;
            String line;
            while ((line = nextLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                boolean tag = TAG_START.matcher(line).find();
                if (firstLine == 0) {
                    if (line.startsWith(":20:")) {
                        firstLine = lineNumber;
                        messageCount++;
                    } else if (tag) {
                        throw new MalformedStatementFileException(source, messageCount + 1, lineNumber,
                                "a message starts with :20:, found " + line.substring(0, Math.min(line.length(), 5)),
                                null);
                    } else {
                        continue; // the bank's file or message header
                    }
                } else if (line.startsWith("-")) {
                    break;
                } else if (line.startsWith(":20:")) {
                    pendingLine = line;
                    lineNumber--;
                    break;
                }
                if (tag) {
                    tagLines.add(lineNumber);
                }
                text.append(line).append('\n');
            }
            return firstLine == 0 ? null : new MessageText(messageCount, firstLine, text.toString(), tagLines);
        }

        private String nextLine() {
            if (pendingLine != null) {
                String line = pendingLine;
                pendingLine = null;
                lineNumber++;
                return line;
            }
            try {
                String line = lines.readLine();
                if (line != null) {
                    lineNumber++;
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + source + " after line " + lineNumber, e);
            }
        }
    }

    /** Maps one message's tags, in order, onto a statement; each :86: belongs to the :61: before it. */
    private static final class StatementMapping {
        private final String source;
        private final MessageText message;
        private int line;

        StatementMapping(String source, MessageText message) {
            this.source = source;
            this.message = message;
            this.line = message.firstLine();
        }

        BankStatement statement() {
            SwiftBlock4 block = SwiftParser.parseBlock4("{4:\n" + message.text() + "-}");
            List<Tag> tags = block.getTags();
            if (tags.size() != message.tagLines().size()) {
                throw malformed("the message's tags could not be told apart (" + tags.size() + " parsed, "
                        + message.tagLines().size() + " lines start a tag)", null);
            }
            String reference = null;
            String account = null;
            String sequence = null;
            Balance opening = null;
            Balance closing = null;
            String statementInformation = null;
            List<StatementEntry> entries = new ArrayList<>();
            Field61 pendingEntry = null;
            int pendingEntryLine = 0;
            for (int i = 0; i < tags.size(); i++) {
                Tag tag = tags.get(i);
                line = message.tagLines().get(i);
                String value = tag.getValue() == null ? "" : tag.getValue();
                switch (tag.getName()) {
                    case "20" -> reference = value.strip();
                    case "25" -> account = value.strip();
                    case "28", "28C" -> sequence = value.strip();
                    // 60M/62M (intermediate balances of a statement split over several messages) read as 60F/62F do.
                    case "60F", "60M" -> {
                        Field60F f = new Field60F(value);
                        opening = balance(f.getDCMark(), f.getDate(), f.getCurrency(), f.getAmountAsBigDecimal(),
                                ":" + tag.getName() + ":");
                    }
                    case "61" -> {
                        if (pendingEntry != null) {
                            entries.add(entry(pendingEntry, pendingEntryLine, null, opening));
                        }
                        pendingEntry = new Field61(value);
                        pendingEntryLine = line;
                    }
                    case "86" -> {
                        if (pendingEntry != null) {
                            int entryLine = pendingEntryLine;
                            entries.add(entry(pendingEntry, entryLine, value, opening));
                            pendingEntry = null;
                        } else {
                            statementInformation = value;
                        }
                    }
                    case "62F", "62M" -> {
                        if (pendingEntry != null) {
                            entries.add(entry(pendingEntry, pendingEntryLine, null, opening));
                            pendingEntry = null;
                        }
                        Field62F f = new Field62F(value);
                        closing = balance(f.getDCMark(), f.getDate(), f.getCurrency(), f.getAmountAsBigDecimal(),
                                ":" + tag.getName() + ":");
                    }
                    default -> {
                        if (!NOT_KEPT.contains(tag.getName())) {
                            throw malformed("tag :" + tag.getName() + ": is not part of an MT940", null);
                        }
                    }
                }
            }
            line = message.firstLine();
            require(reference != null && !reference.isEmpty(), "no statement reference :20:");
            require(account != null && !account.isEmpty(), "no account :25:");
            require(opening != null, "no opening balance :60F:/:60M:");
            require(closing != null, "no closing balance :62F:/:62M: (truncated message?)");
            try {
                return new BankStatement(reference, account, Optional.ofNullable(sequence), opening, closing,
                        entries, Optional.ofNullable(statementInformation));
            } catch (IllegalArgumentException e) {
                throw malformed(e.getMessage(), e);
            }
        }

        private StatementEntry entry(Field61 f, int entryLine, String information, Balance opening) {
            line = entryLine;
            require(opening != null, ":61: before the opening balance :60F:");
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
                return new StatementEntry(bookingDate, valueDate, amount, opening.currency(), direction,
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

        private Balance balance(String mark, String date, String currency, BigDecimal amount, String tag) {
            CreditDebit direction = switch (mark == null ? "" : mark) {
                case "C" -> CreditDebit.CREDIT;
                case "D" -> CreditDebit.DEBIT;
                default -> throw malformed(tag + " mark must be C or D, found " + mark, null);
            };
            require(amount != null, "no amount in " + tag);
            Currency code;
            try {
                code = Currency.getInstance(currency == null ? "" : currency);
            } catch (IllegalArgumentException e) {
                throw malformed(tag + " currency " + currency + " is not an ISO 4217 code", e);
            }
            return new Balance(direction, amount, code, date(date, tag + " date"));
        }

        private LocalDate date(String yymmdd, String what) {
            try {
                return LocalDate.parse(yymmdd == null ? "" : yymmdd, YYMMDD);
            } catch (DateTimeParseException e) {
                throw malformed(what + " " + yymmdd + " is not YYMMDD", e);
            }
        }

        private void require(boolean condition, String reason) {
            if (!condition) {
                throw malformed(reason, null);
            }
        }

        private MalformedStatementFileException malformed(String reason, Throwable cause) {
            return new MalformedStatementFileException(source, message.number(), line, reason, cause);
        }
    }
}
