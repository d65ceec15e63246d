package com.fundguard.reconciliation.statement.adapter.in.file;

import com.fundguard.reconciliation.statement.application.StatementFileReader;
import com.fundguard.reconciliation.statement.application.StatementVisitor;
import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.CreditDebit;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads BAI2 cash management files (BAI "Cash Management Balance Reporting Specifications", version 2): file (01/99),
 * group (02/98), account (03/49) and transaction detail (16) records, each continued by 88 records. Each account is
 * one statement: its 03 record gives the balances, its 16 records the entries, as of the group's date. No maintained
 * Java BAI2 library exists, so this is a small reader of its own, strict where the format gives it a check:
 *
 * <ul>
 *   <li>amounts are integers in the minor unit of the account's currency (03, else 02, else USD as the standard says);
 *   <li>a 16 record's type code says which way the money moved, by the standard's ranges: credit 100-399 and
 *       920-959, debit 400-699 and 960-999; any other code in a 16 (status, loan, 890 information) is refused;
 *   <li>the control totals and record counts of 49, 98 and 99 must equal what the records add up to, else the file is
 *       refused naming the trailer record and its line.
 * </ul>
 *
 * <p>Opening balance: opening ledger (010), else opening available (040); closing: closing ledger (015), else closing
 * available (045), dated the group's as-of date. Entries are booked on the as-of date, valued on the funds type V
 * date where given. The file is read record by record; only the account's balances are held until its 49.
 */
public final class Bai2Reader implements StatementFileReader {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern AMOUNT = Pattern.compile("[+-]?\\d+");
    private static final Pattern TYPE_CODE = Pattern.compile("\\d{3}");

    @Override
    public StatementFormat format() {
        return StatementFormat.BAI2;
    }

    @Override
    public void read(InputStream content, String source, StatementVisitor visitor) {
        new FileWalk(new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8)), source, visitor).walk();
    }

    /** A logical record: its code, its physical lines (with 88 continuations) and where it starts. */
    private record Record(String code, List<String> lines, int line) {
    }

    private static final class FileWalk {
        private final BufferedReader in;
        private final String source;
        private final StatementVisitor visitor;
        private int lineNumber;
        private String pending;

        // what has been read of the file, its group and its account, for the trailers' checks
        private String fileId;
        private long fileRecords;
        private BigInteger fileTotal = BigInteger.ZERO;
        private int groups;
        private boolean fileEnded;
        private boolean inGroup;
        private LocalDate asOf;
        private Currency groupCurrency;
        private long groupRecords;
        private BigInteger groupTotal = BigInteger.ZERO;
        private int groupAccounts;
        private boolean inAccount;
        private int accounts; // in the file, the statement number in errors
        private Currency accountCurrency;
        private long accountRecords;
        private BigInteger accountTotal = BigInteger.ZERO;
        private Optional<Balance> closing;
        private int recordLine; // the line the record being read starts on

        FileWalk(BufferedReader in, String source, StatementVisitor visitor) {
            this.in = in;
            this.source = source;
            this.visitor = visitor;
        }

        void walk() {
            Record record;
            while ((record = nextRecord()) != null) {
                recordLine = record.line();
                if (fileEnded) {
                    throw malformed("a " + record.code() + " record after the file trailer 99");
                }
                long physical = record.lines().size();
                fileRecords += physical;
                if (inGroup) {
                    groupRecords += physical;
                }
                if (inAccount) {
                    accountRecords += physical;
                }
                switch (record.code()) {
                    case "01" -> fileHeader(fields(record), physical);
                    case "02" -> groupHeader(fields(record), physical);
                    case "03" -> accountHeader(fields(record), physical);
                    case "16" -> transaction(record);
                    case "49" -> accountTrailer(fields(record));
                    case "98" -> groupTrailer(fields(record));
                    case "99" -> fileTrailer(fields(record));
                    case "88" -> throw malformed("a continuation record 88 that continues nothing");
                    default -> throw malformed("record code " + record.code() + " is not a BAI2 record");
                }
            }
            if (fileId == null) {
                throw malformed("no BAI2 file header 01 in the file");
            }
            if (!fileEnded) {
                throw malformed("no file trailer 99 (truncated file?)");
            }
        }

        private void fileHeader(List<String> f, long physical) {
            require(fileId == null && fileRecords == physical, "a file header 01 that does not start the file");
            require(f.size() >= 8, "file header 01 has " + f.size() + " fields, 8 expected");
            require(f.get(7).equals("2"), "file header 01 says version " + f.get(7) + "; only BAI version 2 is read");
            date(f.get(2), "file header 01 creation date");
            fileId = f.get(4).isBlank() ? "BAI2" : f.get(4).strip();
        }

        private void groupHeader(List<String> f, long physical) {
            require(fileId != null, "a group header 02 before the file header 01");
            require(!inGroup, "a group header 02 inside a group (no 98 before it)");
            require(f.size() >= 6, "group header 02 has " + f.size() + " fields, at least 6 expected");
            inGroup = true;
            groups++;
            groupRecords = physical;
            groupTotal = BigInteger.ZERO;
            groupAccounts = 0;
            asOf = date(f.get(3), "group header 02 as-of date");
            groupCurrency = f.get(5).isBlank() ? Currency.getInstance("USD") : currency(f.get(5), "group header 02");
        }

        private void accountHeader(List<String> f, long physical) {
            require(inGroup, "an account identifier 03 outside a group");
            require(!inAccount, "an account identifier 03 inside an account (no 49 before it)");
            require(f.size() >= 2 && !f.get(0).isBlank(), "account identifier 03 names no account");
            inAccount = true;
            accounts++;
            groupAccounts++;
            accountRecords = physical;
            accountTotal = BigInteger.ZERO;
            String account = f.get(0).strip();
            accountCurrency = f.get(1).isBlank() ? groupCurrency : currency(f.get(1), "account identifier 03");
            require(accountCurrency.getDefaultFractionDigits() >= 0,
                    accountCurrency + " has no minor unit to read amounts in");
            BigInteger openingLedger = null;
            BigInteger openingAvailable = null;
            BigInteger closingLedger = null;
            BigInteger closingAvailable = null;
            int i = 2;
            while (i < f.size()) {
                String typeCode = f.get(i);
                if (f.subList(i, f.size()).stream().allMatch(String::isBlank)) {
                    break; // defaulted fields before the '/'
                }
                require(TYPE_CODE.matcher(typeCode).matches(),
                        "account identifier 03: type code '" + typeCode + "' is not three digits");
                Optional<BigInteger> amount = amount(field(f, i + 1), "account identifier 03 amount of " + typeCode);
                amount.ifPresent(a -> accountTotal = accountTotal.add(a));
                switch (typeCode) {
                    case "010" -> openingLedger = amount.orElse(null);
                    case "015" -> closingLedger = amount.orElse(null);
                    case "040" -> openingAvailable = amount.orElse(null);
                    case "045" -> closingAvailable = amount.orElse(null);
                    default -> { } // other balances and activity summaries: the entries say it in detail
                }
                // type code, amount, item count, funds type and what that funds type adds
                i = i + 3 + 1 + fundsTypeExtraFields(f, i + 3, "account identifier 03");
            }
            Optional<Balance> opening = balance(openingLedger != null ? openingLedger : openingAvailable);
            closing = balance(closingLedger != null ? closingLedger : closingAvailable);
            visitor.begin(new StatementHeader(fileId, account, Optional.of(groups + "/" + groupAccounts),
                    accountCurrency, opening, Optional.empty()));
        }

        private void transaction(Record record) {
            require(inAccount, "a transaction detail 16 outside an account");
            String first = record.lines().get(0);
            List<String> f = new ArrayList<>();
            // type code, amount, funds type: comma-separated fields, ended by ',' (or '/' when the rest is defaulted)
            int at = 3;
            String text = "";
            boolean ended = false;
            for (int wanted = 3; wanted > 0 && !ended; wanted--) {
                int comma = indexOfDelimiter(first, at);
                ended = comma < 0 || first.charAt(comma) == '/';
                f.add(first.substring(at, comma < 0 ? first.length() : comma).strip());
                at = comma < 0 ? first.length() : comma + 1;
            }
            String typeCode = f.get(0);
            require(TYPE_CODE.matcher(typeCode).matches(), "transaction detail 16: type code '" + typeCode
                    + "' is not three digits");
            String fundsType = f.size() > 2 ? f.get(2) : "";
            int extra = switch (fundsType) {
                case "V" -> 2;
                case "S" -> 3;
                case "D" -> -1;
                default -> 0;
            };
            List<String> extras = new ArrayList<>();
            if (extra == -1 && !ended) {
                int comma = indexOfDelimiter(first, at);
                String count = first.substring(at, comma < 0 ? first.length() : comma).strip();
                require(count.matches("\\d+"), "transaction detail 16: funds type D without a number of distributions");
                extras.add(count);
                ended = comma < 0 || first.charAt(comma) == '/';
                at = comma < 0 ? first.length() : comma + 1;
                extra = 2 * Integer.parseInt(count);
            }
            for (int k = 0; k < extra && !ended; k++) {
                int comma = indexOfDelimiter(first, at);
                extras.add(first.substring(at, comma < 0 ? first.length() : comma).strip());
                ended = comma < 0 || first.charAt(comma) == '/';
                at = comma < 0 ? first.length() : comma + 1;
            }
            String bankReference = "";
            String customerReference = "";
            if (!ended) {
                int comma = indexOfDelimiter(first, at);
                bankReference = first.substring(at, comma < 0 ? first.length() : comma).strip();
                ended = comma < 0 || first.charAt(comma) == '/';
                at = comma < 0 ? first.length() : comma + 1;
            }
            if (!ended) {
                int comma = indexOfDelimiter(first, at);
                customerReference = first.substring(at, comma < 0 ? first.length() : comma).strip();
                ended = comma < 0 || first.charAt(comma) == '/';
                at = comma < 0 ? first.length() : comma + 1;
            }
            if (!ended) {
                // The text runs to the end of the record and may hold commas and slashes; banks often end it with a
                // '/' all the same, which is not text.
                text = withoutRecordEnd(first.substring(at));
            }
            List<String> textLines = new ArrayList<>();
            if (!text.isEmpty()) {
                textLines.add(text);
            }
            for (String continuation : record.lines().subList(1, record.lines().size())) {
                String more = withoutRecordEnd(continuation.substring(Math.min(3, continuation.length())));
                if (!more.isEmpty()) {
                    textLines.add(more);
                }
            }
            BigInteger minor = amount(field(f, 1), "transaction detail 16 amount")
                    .orElseThrow(() -> malformed("transaction detail 16 has no amount"));
            require(minor.signum() >= 0, "transaction detail 16 amount is signed; the type code gives its direction");
            accountTotal = accountTotal.add(minor);
            int code = Integer.parseInt(typeCode);
            CreditDebit direction;
            if ((code >= 100 && code <= 399) || (code >= 920 && code <= 959)) {
                direction = CreditDebit.CREDIT;
            } else if ((code >= 400 && code <= 699) || code >= 960) {
                direction = CreditDebit.DEBIT;
            } else {
                throw malformed("transaction detail 16 type code " + typeCode + " is neither a credit (100-399, "
                        + "920-959) nor a debit (400-699, 960-999)");
            }
            LocalDate valueDate = fundsType.equals("V") && !extras.isEmpty() && !extras.get(0).isBlank()
                    ? date(extras.get(0), "transaction detail 16 value date") : asOf;
            try {
                visitor.entry(new StatementEntry(asOf, valueDate, minorUnits(minor), accountCurrency, direction, false,
                        typeCode, optional(bankReference), optional(customerReference), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), String.join("\n", textLines)));
            } catch (IllegalArgumentException e) {
                throw malformed(e.getMessage());
            }
        }

        private void accountTrailer(List<String> f) {
            require(inAccount, "an account trailer 49 without an account identifier 03");
            require(f.size() >= 2, "account trailer 49 has " + f.size() + " fields, 2 expected");
            BigInteger stated = amount(f.get(0), "account trailer 49 control total")
                    .orElseThrow(() -> malformed("account trailer 49 has no control total"));
            require(stated.equals(accountTotal), "account trailer 49: control total " + stated
                    + " but the account's amounts add up to " + accountTotal);
            require(count(f.get(1), "account trailer 49 number of records") == accountRecords,
                    "account trailer 49: " + f.get(1).strip() + " records stated, the account has " + accountRecords);
            groupTotal = groupTotal.add(stated);
            inAccount = false;
            visitor.end(closing);
        }

        private void groupTrailer(List<String> f) {
            require(inGroup && !inAccount, inGroup ? "a group trailer 98 before the account trailer 49"
                    : "a group trailer 98 without a group header 02");
            require(f.size() >= 3, "group trailer 98 has " + f.size() + " fields, 3 expected");
            BigInteger stated = amount(f.get(0), "group trailer 98 control total")
                    .orElseThrow(() -> malformed("group trailer 98 has no control total"));
            require(stated.equals(groupTotal), "group trailer 98: control total " + stated
                    + " but the group's accounts add up to " + groupTotal);
            require(count(f.get(1), "group trailer 98 number of accounts") == groupAccounts,
                    "group trailer 98: " + f.get(1).strip() + " accounts stated, the group has " + groupAccounts);
            require(count(f.get(2), "group trailer 98 number of records") == groupRecords,
                    "group trailer 98: " + f.get(2).strip() + " records stated, the group has " + groupRecords);
            fileTotal = fileTotal.add(stated);
            inGroup = false;
        }

        private void fileTrailer(List<String> f) {
            require(fileId != null && !inGroup, fileId == null ? "a file trailer 99 without a file header 01"
                    : "a file trailer 99 before the group trailer 98");
            require(f.size() >= 3, "file trailer 99 has " + f.size() + " fields, 3 expected");
            BigInteger stated = amount(f.get(0), "file trailer 99 control total")
                    .orElseThrow(() -> malformed("file trailer 99 has no control total"));
            require(stated.equals(fileTotal), "file trailer 99: control total " + stated
                    + " but the file's groups add up to " + fileTotal);
            require(count(f.get(1), "file trailer 99 number of groups") == groups,
                    "file trailer 99: " + f.get(1).strip() + " groups stated, the file has " + groups);
            require(count(f.get(2), "file trailer 99 number of records") == fileRecords,
                    "file trailer 99: " + f.get(2).strip() + " records stated, the file has " + fileRecords);
            fileEnded = true;
        }

        /** How many fields a funds type adds after itself, reading D's distribution count from the fields. */
        private int fundsTypeExtraFields(List<String> f, int fundsTypeAt, String record) {
            String fundsType = field(f, fundsTypeAt);
            return switch (fundsType) {
                case "", "Z", "0", "1", "2" -> 0;
                case "V" -> 2;
                case "S" -> 3;
                case "D" -> {
                    String count = field(f, fundsTypeAt + 1);
                    require(count.matches("\\d+"), record + ": funds type D without a number of distributions");
                    yield 1 + 2 * Integer.parseInt(count);
                }
                default -> throw malformed(record + ": funds type " + fundsType + " is not Z, 0, 1, 2, V, S or D");
            };
        }

        private Optional<Balance> balance(BigInteger minor) {
            if (minor == null) {
                return Optional.empty();
            }
            return Optional.of(new Balance(minor.signum() < 0 ? CreditDebit.DEBIT : CreditDebit.CREDIT,
                    minorUnits(minor.abs()), accountCurrency, asOf));
        }

        private BigDecimal minorUnits(BigInteger minor) {
            return new BigDecimal(minor, accountCurrency.getDefaultFractionDigits());
        }

        /** The record's fields after its code, from all its physical lines, each line ended by its '/'. */
        private List<String> fields(Record record) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < record.lines().size(); i++) {
                String line = record.lines().get(i);
                int end = line.indexOf('/');
                String content = end < 0 ? line : line.substring(0, end);
                String[] parts = content.split(",", -1);
                for (int p = 1; p < parts.length; p++) {
                    fields.add(parts[p].strip());
                }
            }
            return fields;
        }

        private static String field(List<String> fields, int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        private static int indexOfDelimiter(String line, int from) {
            for (int i = from; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == ',' || c == '/') {
                    return i;
                }
            }
            return -1;
        }

        private static String withoutRecordEnd(String text) {
            String t = text.stripTrailing();
            if (t.endsWith("/")) {
                t = t.substring(0, t.length() - 1);
            }
            return t.strip();
        }

        private static Optional<String> optional(String value) {
            return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        private Optional<BigInteger> amount(String value, String what) {
            if (value.isBlank()) {
                return Optional.empty();
            }
            require(AMOUNT.matcher(value).matches(), what + " '" + value + "' is not a whole number of minor units");
            return Optional.of(new BigInteger(value.startsWith("+") ? value.substring(1) : value));
        }

        private long count(String value, String what) {
            require(value.strip().matches("\\d{1,18}"), what + " '" + value + "' is not a number");
            return Long.parseLong(value.strip());
        }

        private Currency currency(String code, String record) {
            try {
                return Currency.getInstance(code.strip());
            } catch (IllegalArgumentException e) {
                throw malformed(record + ": currency " + code + " is not an ISO 4217 code");
            }
        }

        private LocalDate date(String yymmdd, String what) {
            try {
                return LocalDate.parse(yymmdd.strip(), YYMMDD);
            } catch (DateTimeParseException e) {
                throw malformed(what + " " + yymmdd + " is not YYMMDD");
            }
        }

        /** The next logical record: a physical line and the 88 lines continuing it. */
        private Record nextRecord() {
            String line = nextLine();
            while (line != null && line.isBlank()) {
                line = nextLine();
            }
            if (line == null) {
                return null;
            }
            int start = lineNumber;
            String code = line.length() >= 2 ? line.substring(0, 2) : line;
            if (line.length() > 2 && line.charAt(2) != ',' && line.charAt(2) != '/') {
                recordLine = start;
                throw malformed("a BAI2 record starts with a two-digit code and a comma, found '"
                        + line.substring(0, Math.min(line.length(), 10)) + "'");
            }
            List<String> lines = new ArrayList<>();
            lines.add(line);
            if (code.equals("88")) {
                return new Record(code, lines, start);
            }
            String next;
            while ((next = nextLine()) != null && next.startsWith("88,")) {
                lines.add(next);
            }
            if (next != null) {
                pending = next;
                lineNumber--; // counted again when it is taken from pending
            }
            return new Record(code, lines, start);
        }

        private String nextLine() {
            if (pending != null) {
                String line = pending;
                pending = null;
                lineNumber++;
                return line;
            }
            try {
                String line = in.readLine();
                if (line != null) {
                    lineNumber++;
                    if (line.indexOf('\uFFFD') >= 0) {
                        recordLine = lineNumber;
                        throw malformed("the text is not UTF-8 (BAI2 files are ASCII)");
                    }
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + source + " after line " + lineNumber, e);
            }
        }

        private void require(boolean condition, String reason) {
            if (!condition) {
                throw malformed(reason);
            }
        }

        private MalformedStatementFileException malformed(String reason) {
            return new MalformedStatementFileException(source, Math.max(accounts, 1), recordLine, reason, null);
        }
    }
}
