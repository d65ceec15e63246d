package com.fundguard.reconciliation.statement.adapter.in.file;

import com.fundguard.reconciliation.statement.application.StatementFileReader;
import com.fundguard.reconciliation.statement.application.StatementVisitor;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field13D;
import com.prowidesoftware.swift.model.field.Field34F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field90C;
import com.prowidesoftware.swift.model.field.Field90D;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads MT942 interim transaction reports: the entries booked since the last statement, without opening or closing
 * balance (the visitor gets {@code Optional.empty()} for both). What the report says about itself is checked against
 * its entries before the visitor hears of them: no entry below the floor limit (:34F:) of its direction, and the
 * number and sum of debit and credit entries (:90D:, :90C:) where the bank states them. The file layouts accepted
 * are MT940's ({@link SwiftMessages}); one message is held at a time.
 */
public final class Mt942Reader implements StatementFileReader {

    @Override
    public StatementFormat format() {
        return StatementFormat.MT942;
    }

    @Override
    public void read(InputStream content, String source, StatementVisitor visitor) {
        SwiftMessages messages = new SwiftMessages(SwiftMessages.utf8(content), source, "MT942");
        while (messages.hasNext()) {
            InterimReport report = new ReportMapping(source, messages.next()).report();
            visitor.begin(report.header());
            report.entries().forEach(visitor::entry);
            visitor.end(Optional.empty());
        }
    }

    private record InterimReport(StatementHeader header, List<StatementEntry> entries) {
    }

    /** What the bank says it reported in one direction (:90D: or :90C:), and the line that says it. */
    private record StatedTotal(long count, BigDecimal sum, int line, String tag) {
    }

    private static final class ReportMapping extends SwiftMessageMapping {

        ReportMapping(String source, SwiftMessages.MessageText message) {
            super(source, message);
        }

        InterimReport report() {
            List<Tag> tags = tags();
            String reference = null;
            String account = null;
            String sequence = null;
            String information = null;
            Currency currency = null;
            boolean dated = false;
            int floorLimits = 0;
            Map<CreditDebit, BigDecimal> floorLimit = new EnumMap<>(CreditDebit.class);
            Map<CreditDebit, Integer> floorLimitLine = new EnumMap<>(CreditDebit.class);
            Map<CreditDebit, StatedTotal> stated = new EnumMap<>(CreditDebit.class);
            List<StatementEntry> entries = new ArrayList<>();
            List<Integer> entryLines = new ArrayList<>();
            Field61 pendingEntry = null;
            int pendingEntryLine = 0;
            for (int i = 0; i < tags.size(); i++) {
                Tag tag = tags.get(i);
                line = message.tagLines().get(i);
                String value = tag.getValue() == null ? "" : tag.getValue();
                String name = tag.getName();
                if (pendingEntry != null && !name.equals("86")) {
                    entries.add(entry(pendingEntry, pendingEntryLine, null, currency, ":61: before the floor limit :34F:"));
                    entryLines.add(pendingEntryLine);
                    pendingEntry = null;
                    line = message.tagLines().get(i);
                }
                switch (name) {
                    case "20" -> reference = value.strip();
                    case "21" -> { } // related reference: the request this report answers, nothing about the account
                    case "25", "25P" -> account = value.lines().findFirst().orElse("").strip();
                    case "28C" -> sequence = value.strip();
                    case "34F" -> {
                        require(++floorLimits <= 2, "more than two floor limits :34F:");
                        Field34F f = new Field34F(value);
                        Currency limitCurrency = currency(f.getCurrency(), ":34F:");
                        require(currency == null || currency.equals(limitCurrency),
                                "the floor limits :34F: are in " + currency + " and " + limitCurrency);
                        currency = limitCurrency;
                        require(f.getAmountAsBigDecimal() != null, "no amount in :34F:");
                        String mark = f.getDCMark();
                        List<CreditDebit> directions = switch (mark == null ? "" : mark) {
                            case "" -> List.of(CreditDebit.DEBIT, CreditDebit.CREDIT);
                            case "D" -> List.of(CreditDebit.DEBIT);
                            case "C" -> List.of(CreditDebit.CREDIT);
                            default -> throw malformed(":34F: mark must be D or C, found " + mark, null);
                        };
                        for (CreditDebit direction : directions) {
                            floorLimit.put(direction, f.getAmountAsBigDecimal());
                            floorLimitLine.put(direction, line);
                        }
                    }
                    case "13D" -> {
                        Field13D f = new Field13D(value);
                        date(f.getDate(), ":13D: date");
                        dated = true;
                    }
                    case "61" -> {
                        pendingEntry = new Field61(value);
                        pendingEntryLine = line;
                    }
                    case "86" -> {
                        if (pendingEntry != null) {
                            entries.add(entry(pendingEntry, pendingEntryLine, value, currency,
                                    ":61: before the floor limit :34F:"));
                            entryLines.add(pendingEntryLine);
                            pendingEntry = null;
                        } else {
                            information = value;
                        }
                    }
                    case "90D" -> {
                        Field90D f = new Field90D(value);
                        stated.put(CreditDebit.DEBIT, statedTotal(f.getNumberAsLong(), f.getCurrency(),
                                f.getAmountAsBigDecimal(), currency, ":90D:"));
                    }
                    case "90C" -> {
                        Field90C f = new Field90C(value);
                        stated.put(CreditDebit.CREDIT, statedTotal(f.getNumberAsLong(), f.getCurrency(),
                                f.getAmountAsBigDecimal(), currency, ":90C:"));
                    }
                    default -> throw malformed("tag :" + name + ": is not part of an MT942", null);
                }
            }
            if (pendingEntry != null) {
                entries.add(entry(pendingEntry, pendingEntryLine, null, currency, ":61: before the floor limit :34F:"));
                entryLines.add(pendingEntryLine);
            }
            for (int i = 0; i < entries.size(); i++) {
                StatementEntry entry = entries.get(i);
                BigDecimal limit = floorLimit.get(entry.creditDebit());
                if (limit != null && entry.amount().compareTo(limit) < 0) {
                    line = entryLines.get(i);
                    throw malformed("entry of " + entry.amount().toPlainString() + " is below the "
                            + entry.creditDebit().name().toLowerCase() + " floor limit " + limit.toPlainString()
                            + " of :34F: (line " + floorLimitLine.get(entry.creditDebit()) + ")", null);
                }
            }
            for (Map.Entry<CreditDebit, StatedTotal> total : stated.entrySet()) {
                checkTotal(total.getKey(), total.getValue(), entries);
            }
            line = message.firstLine();
            require(reference != null && !reference.isEmpty(), "no report reference :20:");
            require(account != null && !account.isEmpty(), "no account :25:");
            require(currency != null, "no floor limit :34F: (it gives the report's currency)");
            require(dated, "no date/time indication :13D:");
            return new InterimReport(new StatementHeader(reference, account, Optional.ofNullable(sequence), currency,
                    Optional.empty(), Optional.ofNullable(information)), entries);
        }

        private StatedTotal statedTotal(Long count, String code, BigDecimal sum, Currency currency, String tag) {
            require(count != null && sum != null, "no number or sum of entries in " + tag);
            require(currency == null || currency.equals(currency(code, tag)),
                    tag + " is in " + code + " but the report is in " + currency);
            return new StatedTotal(count, sum, line, tag);
        }

        private void checkTotal(CreditDebit direction, StatedTotal stated, List<StatementEntry> entries) {
            long count = entries.stream().filter(e -> e.creditDebit() == direction).count();
            BigDecimal sum = entries.stream().filter(e -> e.creditDebit() == direction)
                    .map(StatementEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            line = stated.line();
            require(count == stated.count() && sum.compareTo(stated.sum()) == 0,
                    stated.tag() + " states " + stated.count() + " " + direction.name().toLowerCase()
                            + " entries of " + stated.sum().toPlainString() + " in total, the report has " + count
                            + " of " + sum.toPlainString());
        }
    }
}
