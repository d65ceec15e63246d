package com.fundguard.reconciliation.statement.adapter.in.file;

import com.fundguard.reconciliation.statement.application.StatementFileReader;
import com.fundguard.reconciliation.statement.application.StatementVisitor;
import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.BankStatement;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field62F;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads MT940 customer statements as banks export them (see {@link SwiftMessages} for the layouts accepted).
 *
 * <p>The file is read line by line and only one message is held at a time, so a large file costs the heap of its
 * largest message. Prowide Core splits a message into tags and parses the fields; this class only maps them onto
 * the statement model and refuses what it cannot map, naming the message and line.
 */
public final class Mt940Reader implements StatementFileReader {

    /** Tags of an MT940 that carry nothing the model keeps: related reference, available and forward balances. */
    private static final Set<String> NOT_KEPT = Set.of("21", "64", "65");

    @Override
    public StatementFormat format() {
        return StatementFormat.MT940;
    }

    /**
     * Each message as one statement: its header, its entries, its closing balance. A message is checked whole
     * before the visitor hears of it, so a malformed message reaches the visitor with nothing of itself.
     */
    @Override
    public void read(InputStream content, String source, StatementVisitor visitor) {
        SwiftMessages messages = new SwiftMessages(SwiftMessages.utf8(content), source, "MT940");
        while (messages.hasNext()) {
            BankStatement statement = new StatementMapping(source, messages.next()).statement();
            visitor.begin(new StatementHeader(statement.statementReference(), statement.account(),
                    statement.sequenceNumber(), statement.currency(), Optional.of(statement.openingBalance()),
                    statement.information()));
            statement.entries().forEach(visitor::entry);
            visitor.end(Optional.of(statement.closingBalance()));
        }
    }

    /** Maps one message's tags, in order, onto a statement; each :86: belongs to the :61: before it. */
    private static final class StatementMapping extends SwiftMessageMapping {

        StatementMapping(String source, SwiftMessages.MessageText message) {
            super(source, message);
        }

        BankStatement statement() {
            List<Tag> tags = tags();
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
                        // not `line`: mapping the entry before has moved it to that entry's line
                        pendingEntryLine = message.tagLines().get(i);
                    }
                    case "86" -> {
                        if (pendingEntry != null) {
                            entries.add(entry(pendingEntry, pendingEntryLine, value, opening));
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
            return entry(f, entryLine, information, opening == null ? null : opening.currency(),
                    ":61: before the opening balance :60F:");
        }
    }
}
