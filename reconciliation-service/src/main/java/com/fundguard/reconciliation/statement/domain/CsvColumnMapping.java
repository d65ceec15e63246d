package com.fundguard.reconciliation.statement.domain;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read one bank's CSV export, saved by an enterprise under a name: which column holds what, how dates and
 * amounts are written, which charset, delimiter and how many header and footer rows. A column is named by its
 * header text (the last header row) or by its position from 1.
 *
 * <p>The amount is one signed column with a sign convention, or a debit and a credit column (as Chinese banks' exports
 * have 借方发生额 / 贷方发生额). Currency and account come from a column or are fixed for the whole file. A running
 * balance column (余额), where given, yields the opening and closing balances and is checked row by row.
 *
 * <p>{@link #problems()} says what is wrong, field by field; only a mapping without problems is saved or read with.
 */
public record CsvColumnMapping(String name, String delimiter, String charset, int headerRows, int footerRows,
                               String dateFormat, String decimalSeparator, Optional<String> groupingSeparator,
                               Map<Field, String> columns, Optional<SignConvention> signConvention,
                               Optional<String> fixedCurrency, Optional<String> fixedAccount) {

    /** The columns a mapping can name, with the request field that names each. */
    public enum Field {
        BOOKING_DATE("bookingDate"),
        VALUE_DATE("valueDate"),
        AMOUNT("amount"),
        DEBIT_AMOUNT("debitAmount"),
        CREDIT_AMOUNT("creditAmount"),
        CURRENCY("currency"),
        ACCOUNT("account"),
        BANK_REFERENCE("bankReference"),
        CUSTOMER_REFERENCE("customerReference"),
        END_TO_END_REFERENCE("endToEndReference"),
        COUNTERPARTY_ACCOUNT("counterpartyAccount"),
        COUNTERPARTY_NAME("counterpartyName"),
        TRANSACTION_TYPE("transactionType"),
        INFORMATION("information"),
        BALANCE("balance");

        private final String json;

        Field(String json) {
            this.json = json;
        }

        /** The field's name in the API ({@code columns.<name>}). */
        public String json() {
            return json;
        }
    }

    /** Which sign a single amount column gives a debit. */
    public enum SignConvention {
        NEGATIVE_IS_DEBIT,
        NEGATIVE_IS_CREDIT
    }

    /** One thing wrong with a mapping: the request field and why. */
    public record Problem(String field, String message) {
    }

    public static final int MAX_SKIPPED_ROWS = 100;

    public CsvColumnMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(decimalSeparator, "decimalSeparator");
        Objects.requireNonNull(groupingSeparator, "groupingSeparator");
        Objects.requireNonNull(signConvention, "signConvention");
        Objects.requireNonNull(fixedCurrency, "fixedCurrency");
        Objects.requireNonNull(fixedAccount, "fixedAccount");
        Map<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(columns);
        columns = Map.copyOf(copy);
    }

    public Optional<String> column(Field field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** Everything wrong with this mapping, each naming its field; empty when it can be saved and read with. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            problems.add(new Problem("name", "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (delimiter.length() != 1 || delimiter.equals("\"") || delimiter.equals("\r") || delimiter.equals("\n")) {
            problems.add(new Problem("delimiter", "one character other than a quote or a line break"));
        }
        try {
            if (!Charset.isSupported(charset)) {
                problems.add(new Problem("charset", "no such charset: " + charset));
            }
        } catch (IllegalCharsetNameException e) {
            problems.add(new Problem("charset", "not a charset name: " + charset));
        }
        if (headerRows < 0 || headerRows > MAX_SKIPPED_ROWS) {
            problems.add(new Problem("headerRows", "0 to " + MAX_SKIPPED_ROWS));
        }
        if (footerRows < 0 || footerRows > MAX_SKIPPED_ROWS) {
            problems.add(new Problem("footerRows", "0 to " + MAX_SKIPPED_ROWS));
        }
        dateProblem().ifPresent(problems::add);
        if (!decimalSeparator.equals(".") && !decimalSeparator.equals(",")) {
            problems.add(new Problem("decimalSeparator", "'.' or ','"));
        }
        groupingSeparator.ifPresent(grouping -> {
            if (grouping.length() != 1 || grouping.equals(decimalSeparator) || Character.isDigit(grouping.charAt(0))
                    || grouping.equals("-") || grouping.equals("+")) {
                problems.add(new Problem("groupingSeparator", "one character, not a digit, a sign or the decimal separator"));
            }
        });
        for (Map.Entry<Field, String> column : columns.entrySet()) {
            String reference = column.getValue();
            String field = "columns." + column.getKey().json();
            if (reference.isBlank()) {
                problems.add(new Problem(field, "a header text or a position from 1"));
            } else if (reference.strip().matches("\\d+")) {
                if (reference.strip().length() > 4 || Integer.parseInt(reference.strip()) < 1) {
                    problems.add(new Problem(field, "a position is 1 to 9999"));
                }
            } else if (headerRows < 1) {
                problems.add(new Problem(field, "names a header column, but there is no header row (headerRows):"
                        + " give its position"));
            }
        }
        if (!columns.containsKey(Field.BOOKING_DATE)) {
            problems.add(new Problem("columns.bookingDate", "the booking date column is required"));
        }
        boolean single = columns.containsKey(Field.AMOUNT);
        boolean split = columns.containsKey(Field.DEBIT_AMOUNT) || columns.containsKey(Field.CREDIT_AMOUNT);
        if (single && split) {
            problems.add(new Problem("columns.amount", "either one amount column or debit and credit columns, not both"));
        } else if (!single && !split) {
            problems.add(new Problem("columns.amount", "an amount column, or debit and credit columns, is required"));
        } else if (split && !columns.containsKey(Field.DEBIT_AMOUNT)) {
            problems.add(new Problem("columns.debitAmount", "required with creditAmount"));
        } else if (split && !columns.containsKey(Field.CREDIT_AMOUNT)) {
            problems.add(new Problem("columns.creditAmount", "required with debitAmount"));
        }
        if (single && signConvention.isEmpty()) {
            problems.add(new Problem("signConvention", "required with an amount column: NEGATIVE_IS_DEBIT or NEGATIVE_IS_CREDIT"));
        } else if (!single && signConvention.isPresent()) {
            problems.add(new Problem("signConvention", "only for a single amount column"));
        }
        if (columns.containsKey(Field.CURRENCY) == fixedCurrency.isPresent()) {
            problems.add(new Problem("fixedCurrency", "give either a currency column or a fixed currency, one of them"));
        }
        fixedCurrency.ifPresent(code -> {
            try {
                Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("fixedCurrency", code + " is not an ISO 4217 code"));
            }
        });
        if (columns.containsKey(Field.ACCOUNT) == fixedAccount.isPresent()) {
            problems.add(new Problem("fixedAccount", "give either an account column or a fixed account, one of them"));
        }
        fixedAccount.filter(String::isBlank).ifPresent(blank -> problems.add(new Problem("fixedAccount", "is blank")));
        return problems;
    }

    /** The date format as a strict formatter; call only on a mapping without problems. */
    public DateTimeFormatter dateFormatter() {
        // 'y' is year-of-era, which a strict resolver will not take without an era: read it as the proleptic year.
        StringBuilder pattern = new StringBuilder();
        boolean quoted = false;
        for (char c : dateFormat.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            pattern.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(pattern.toString()).withResolverStyle(ResolverStyle.STRICT);
    }

    private Optional<Problem> dateProblem() {
        String unquoted = dateFormat.replaceAll("'[^']*'", "");
        if (!(unquoted.contains("y") || unquoted.contains("u")) || !unquoted.contains("M") || !unquoted.contains("d")) {
            return Optional.of(new Problem("dateFormat", "a date pattern with year, month and day, e.g. yyyy-MM-dd"));
        }
        try {
            dateFormatter();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(new Problem("dateFormat", "not a date pattern: " + e.getMessage()));
        }
    }
}
