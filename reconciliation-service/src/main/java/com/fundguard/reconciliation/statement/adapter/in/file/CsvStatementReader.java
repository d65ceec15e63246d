package com.fundguard.reconciliation.statement.adapter.in.file;

import com.fundguard.reconciliation.statement.application.StatementFileReader;
import com.fundguard.reconciliation.statement.application.StatementVisitor;
import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.CsvColumnMapping;
import com.fundguard.reconciliation.statement.domain.CsvColumnMapping.Field;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Currency;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a bank's CSV export with an enterprise's saved {@link CsvColumnMapping}. FastCSV reads the records from the
 * stream one at a time (quoted fields, line breaks in quotes, a UTF-8 BOM); this class maps each row onto an entry.
 * Consecutive rows of one account and currency form a statement. Header rows are skipped (the last one names the
 * columns), footer rows (totals) are held back by a queue of their count and dropped at the end of the file.
 *
 * <p>With a running balance column, the balance before the first row is the opening balance, the last row's the
 * closing one, and every row's balance must follow from the one before and its amount (rows in booking order).
 * Every refusal names the line and the mapping's field.
 */
public final class CsvStatementReader implements StatementFileReader {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    /** How Chinese banks' exports write the renminbi, besides its ISO code. */
    private static final Map<String, String> CURRENCY_NAMES = Map.of("RMB", "CNY", "人民币", "CNY");

    private final CsvColumnMapping mapping;
    private final DateTimeFormatter dates;

    public CsvStatementReader(CsvColumnMapping mapping) {
        List<CsvColumnMapping.Problem> problems = mapping.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("a mapping with problems cannot be read with: " + problems);
        }
        this.mapping = mapping;
        this.dates = mapping.dateFormatter();
    }

    @Override
    public StatementFormat format() {
        return StatementFormat.CSV;
    }

    @Override
    public void read(InputStream content, String source, StatementVisitor visitor) {
        Walk walk = new Walk(source, visitor);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(mapping.delimiter().charAt(0))
                .quoteCharacter('"').skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .detectBomHeader(true).ofCsvRecord(content, Charset.forName(mapping.charset()))) {
            for (CsvRecord record : csv) {
                walk.record(record);
            }
        } catch (CsvParseException e) {
            throw new MalformedStatementFileException(source, Math.max(walk.statements, 1), (int) walk.line + 1,
                    "not CSV as the mapping says: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw new MalformedStatementFileException(source, Math.max(walk.statements, 1), (int) walk.line + 1,
                        "the text is not " + mapping.charset(), e);
            }
            throw e;
        }
        walk.finish();
    }

    private final class Walk {
        private final String source;
        private final StatementVisitor visitor;
        private final Deque<CsvRecord> heldBack = new ArrayDeque<>();
        private final Map<Field, Integer> columns = new EnumMap<>(Field.class);
        private int headerRowsSeen;
        private int statements;
        private long line;

        // the statement being read
        private String account;
        private Currency currency;
        private BigDecimal balance;
        private LocalDate lastBooking;

        Walk(String source, StatementVisitor visitor) {
            this.source = source;
            this.visitor = visitor;
        }

        void record(CsvRecord record) {
            line = record.getStartingLineNumber();
            for (String field : record.getFields()) {
                if (field.indexOf('\uFFFD') >= 0) {
                    throw malformed("the text is not " + mapping.charset() + " (the mapping's charset)");
                }
            }
            if (headerRowsSeen < mapping.headerRows()) {
                headerRowsSeen++;
                if (headerRowsSeen == mapping.headerRows()) {
                    resolveColumns(record);
                }
                return;
            }
            if (columns.isEmpty()) {
                resolveColumns(null);
            }
            heldBack.addLast(record);
            if (heldBack.size() > mapping.footerRows()) {
                CsvRecord row = heldBack.removeFirst();
                line = row.getStartingLineNumber();
                row(row);
            }
        }

        void finish() {
            if (account != null) {
                end();
            }
        }

        private void resolveColumns(CsvRecord header) {
            for (Map.Entry<Field, String> column : mapping.columns().entrySet()) {
                String reference = column.getValue().strip();
                int index;
                if (reference.matches("\\d+")) {
                    index = Integer.parseInt(reference) - 1;
                } else {
                    index = -1;
                    List<String> names = header.getFields();
                    for (int i = 0; i < names.size(); i++) {
                        if (names.get(i).replace("\uFEFF", "").strip().equals(reference)) {
                            index = i;
                            break;
                        }
                    }
                    if (index < 0) {
                        throw malformed("the header row has no column '" + reference + "' (columns."
                                + column.getKey().json() + ")");
                    }
                }
                columns.put(column.getKey(), index);
            }
        }

        private void row(CsvRecord row) {
            String rowAccount = mapping.fixedAccount().orElseGet(() -> cell(row, Field.ACCOUNT));
            if (rowAccount.isBlank()) {
                throw malformed("no account (columns.account)");
            }
            Currency rowCurrency = mapping.fixedCurrency().map(Currency::getInstance)
                    .orElseGet(() -> currency(cell(row, Field.CURRENCY)));
            LocalDate booking = date(cell(row, Field.BOOKING_DATE), Field.BOOKING_DATE);
            String valueCell = mapping.column(Field.VALUE_DATE).isPresent() ? cell(row, Field.VALUE_DATE) : "";
            LocalDate value = valueCell.isBlank() ? booking : date(valueCell, Field.VALUE_DATE);
            BigDecimal signed = signedAmount(row);
            CreditDebit direction = signed.signum() < 0 ? CreditDebit.DEBIT : CreditDebit.CREDIT;
            Optional<BigDecimal> rowBalance = mapping.column(Field.BALANCE)
                    .map(c -> number(cell(row, Field.BALANCE), Field.BALANCE));

            if (account == null || !account.equals(rowAccount) || !currency.equals(rowCurrency)) {
                if (account != null) {
                    end();
                }
                account = rowAccount;
                currency = rowCurrency;
                statements++;
                balance = rowBalance.map(b -> b.subtract(signed)).orElse(null);
                visitor.begin(new StatementHeader(mapping.name(), account, Optional.of(String.valueOf(statements)),
                        currency, Optional.ofNullable(balance).map(b -> balance(b, booking)), Optional.empty()));
            }
            if (rowBalance.isPresent()) {
                BigDecimal expected = balance.add(signed);
                if (expected.compareTo(rowBalance.get()) != 0) {
                    throw malformed("the balance " + rowBalance.get().toPlainString() + " (columns.balance) does not"
                            + " follow from the row before (" + balance.toPlainString() + ") and the amount "
                            + signed.toPlainString() + " (rows in booking order?)");
                }
                balance = rowBalance.get();
            }
            lastBooking = booking;
            try {
                visitor.entry(new StatementEntry(booking, value, signed.abs(), currency, direction, false,
                        optionalCell(row, Field.TRANSACTION_TYPE).orElse(""), optionalCell(row, Field.BANK_REFERENCE),
                        optionalCell(row, Field.CUSTOMER_REFERENCE), optionalCell(row, Field.END_TO_END_REFERENCE),
                        optionalCell(row, Field.COUNTERPARTY_ACCOUNT), optionalCell(row, Field.COUNTERPARTY_NAME),
                        Optional.empty(), optionalCell(row, Field.INFORMATION).orElse("")));
            } catch (IllegalArgumentException e) {
                throw malformed(e.getMessage());
            }
        }

        private void end() {
            visitor.end(Optional.ofNullable(balance).map(b -> balance(b, lastBooking)));
            account = null;
        }

        /** The amount with the sign of its direction on the account: negative for a debit. */
        private BigDecimal signedAmount(CsvRecord row) {
            if (mapping.column(Field.AMOUNT).isPresent()) {
                BigDecimal amount = number(cell(row, Field.AMOUNT), Field.AMOUNT);
                if (amount.signum() == 0) {
                    throw malformed("the amount is zero (columns.amount): its direction cannot be told");
                }
                return mapping.signConvention().orElseThrow() == CsvColumnMapping.SignConvention.NEGATIVE_IS_DEBIT
                        ? amount : amount.negate();
            }
            String debitCell = cell(row, Field.DEBIT_AMOUNT);
            String creditCell = cell(row, Field.CREDIT_AMOUNT);
            BigDecimal debit = debitCell.isBlank() ? BigDecimal.ZERO : number(debitCell, Field.DEBIT_AMOUNT);
            BigDecimal credit = creditCell.isBlank() ? BigDecimal.ZERO : number(creditCell, Field.CREDIT_AMOUNT);
            if (debit.signum() < 0 || credit.signum() < 0) {
                throw malformed("a negative amount in columns." + (debit.signum() < 0 ? "debitAmount" : "creditAmount")
                        + ": the column says the direction");
            }
            if ((debit.signum() == 0) == (credit.signum() == 0)) {
                throw malformed(debit.signum() == 0
                        ? "neither a debit (columns.debitAmount) nor a credit amount (columns.creditAmount)"
                        : "both a debit (columns.debitAmount) and a credit amount (columns.creditAmount)");
            }
            return debit.signum() != 0 ? debit.negate() : credit;
        }

        private Balance balance(BigDecimal signed, LocalDate date) {
            return new Balance(signed.signum() < 0 ? CreditDebit.DEBIT : CreditDebit.CREDIT, signed.abs(), currency, date);
        }

        private String cell(CsvRecord row, Field field) {
            int index = columns.get(field);
            if (index >= row.getFieldCount()) {
                throw malformed("the row has " + row.getFieldCount() + " columns, columns." + field.json()
                        + " is column " + (index + 1));
            }
            return row.getField(index).strip();
        }

        private Optional<String> optionalCell(CsvRecord row, Field field) {
            if (!columns.containsKey(field) || columns.get(field) >= row.getFieldCount()) {
                return Optional.empty();
            }
            String value = row.getField(columns.get(field)).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        private BigDecimal number(String cell, Field field) {
            String text = cell.strip();
            // Grouping separators only between groups of three digits: "10.00" is not 1000 when '.' groups.
            if (mapping.groupingSeparator().isPresent() && text.contains(mapping.groupingSeparator().get())) {
                String g = Pattern.quote(mapping.groupingSeparator().get());
                String d = Pattern.quote(mapping.decimalSeparator());
                text = text.matches("[+-]?\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d+)?")
                        ? text.replace(mapping.groupingSeparator().get(), "") : "not grouped in thousands";
            }
            if (mapping.decimalSeparator().equals(",")) {
                text = text.replace(',', '.');
            }
            if (!NUMBER.matcher(text).matches()) {
                throw malformed("'" + cell + "' (columns." + field.json() + ") is not an amount with the decimal"
                        + " separator '" + mapping.decimalSeparator() + "'"
                        + mapping.groupingSeparator().map(g -> " and grouping '" + g + "'").orElse(""));
            }
            return new BigDecimal(text);
        }

        private LocalDate date(String cell, Field field) {
            try {
                return LocalDate.parse(cell, dates);
            } catch (DateTimeParseException e) {
                throw malformed("'" + cell + "' (columns." + field.json() + ") is not a date as "
                        + mapping.dateFormat());
            }
        }

        private Currency currency(String cell) {
            String code = CURRENCY_NAMES.getOrDefault(cell.toUpperCase(), cell.toUpperCase());
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw malformed("'" + cell + "' (columns.currency) is not an ISO 4217 currency code");
            }
        }

        private MalformedStatementFileException malformed(String reason) {
            return new MalformedStatementFileException(source, Math.max(statements, 1), (int) line, reason, null);
        }
    }
}
