package com.fundguard.reconciliation.matching.domain;

import com.fundguard.reconciliation.statement.domain.CreditDebit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A month of statement lines and expected movements for many accounts, with a known truth: which lines book which
 * transfers and which finding each exception should raise. The truth is written into the ids themselves (the high
 * half names the group, the low half the item's role), so a million of them cost no memory beyond the ids.
 *
 * <p>Mix per transfer slot: 80 % booked with its reference (most by end-to-end id, some by bank reference only),
 * 15 % booked without any reference the platform knows (to the payee, within the date window), 5 % exceptions spread
 * evenly over {@link Kind}'s other kinds.
 */
public final class GeneratedMonth {

    public static final Currency EUR = Currency.getInstance("EUR");
    public static final Currency USD = Currency.getInstance("USD");
    public static final Currency CNY = Currency.getInstance("CNY");
    public static final Currency JPY = Currency.getInstance("JPY");

    /** Three days either side, groups of up to five, a bank charge of up to 25 and a rounding of 0.02 (EUR). */
    public static final MatchingPolicy POLICY = new MatchingPolicy(3, Map.of(
            EUR, new MatchingPolicy.Tolerance(new BigDecimal("25.00"), new BigDecimal("0.02")),
            USD, new MatchingPolicy.Tolerance(new BigDecimal("30.00"), new BigDecimal("0.02")),
            CNY, new MatchingPolicy.Tolerance(new BigDecimal("150.00"), new BigDecimal("0.05")),
            JPY, new MatchingPolicy.Tolerance(new BigDecimal("3000"), new BigDecimal("1"))), 5);

    private static final LocalDate MONTH = LocalDate.of(2026, 11, 1);
    private static final int ACCOUNTS = 200;
    private static final int PAYEES = 50_000;

    enum Kind {
        EXACT, WINDOW,
        STRAY, MISSING, FAILED, MISMATCH, DUPLICATE, RETURNED, FEE_TOLERANCE, CHARGE, UNKNOWN_OUTCOME, BATCH, SPLIT
    }

    private static final Kind[] EXCEPTIONS = {Kind.STRAY, Kind.MISSING, Kind.FAILED, Kind.MISMATCH, Kind.DUPLICATE,
            Kind.RETURNED, Kind.FEE_TOLERANCE, Kind.CHARGE, Kind.UNKNOWN_OUTCOME, Kind.BATCH, Kind.SPLIT};

    /**
     * @param truthMatches     how many matches the truth holds (a batch or a split is one)
     * @param expectedFindings how many findings of each type the truth calls for
     */
    public record Generated(List<BankLine> lines, List<Expectation> expectations, long truthMatches,
                            Map<FindingType, Integer> expectedFindings) {
    }

    private final SplittableRandom random;
    private final long seed;
    private final String[] accounts = new String[ACCOUNTS];
    private final String[] payees = new String[PAYEES];
    private final Optional<String>[] payeesAsLines;
    private final Currency[] accountCurrency = new Currency[ACCOUNTS];
    private final LocalDate[] days = new LocalDate[45];
    private final List<BankLine> lines;
    private final List<Expectation> expectations;
    private final Map<FindingType, Integer> expectedFindings = new EnumMap<>(FindingType.class);
    private long truthMatches;
    private long group;
    private long sequence;

    @SuppressWarnings("unchecked")
    private GeneratedMonth(int transfers, long seed) {
        this.seed = seed;
        random = new SplittableRandom(seed);
        lines = new ArrayList<>(transfers + transfers / 50);
        expectations = new ArrayList<>(transfers);
        payeesAsLines = new Optional[PAYEES];
        for (int a = 0; a < ACCOUNTS; a++) {
            accounts[a] = iban("DE", a + 1_000_000L * (seed & 0xFF));
            double c = random.nextDouble();
            accountCurrency[a] = c < 0.80 ? EUR : c < 0.92 ? USD : c < 0.97 ? CNY : JPY;
        }
        for (int p = 0; p < PAYEES; p++) {
            payees[p] = iban("NL", p + 7_000_000L);
            // a fifth of the banks print the counterparty's IBAN in groups of four, as on paper
            payeesAsLines[p] = Optional.of(random.nextInt(5) == 0 ? payees[p].replaceAll("(.{4})", "$1 ").strip()
                    : new String(payees[p].toCharArray()));
        }
        for (int d = 0; d < days.length; d++) {
            days[d] = MONTH.plusDays(d - 5);
        }
    }

    /** About {@code transfers} expected movements and as many lines, the same for the same seed. */
    public static Generated generate(int transfers, long seed) {
        GeneratedMonth month = new GeneratedMonth(transfers, seed);
        while (month.expectations.size() < transfers) {
            month.slot();
        }
        return new Generated(month.lines, month.expectations, month.truthMatches, month.expectedFindings);
    }

    private void slot() {
        double r = random.nextDouble();
        Kind kind = r < 0.80 ? Kind.EXACT : r < 0.95 ? Kind.WINDOW : EXCEPTIONS[random.nextInt(EXCEPTIONS.length)];
        group++;
        int a = random.nextInt(ACCOUNTS);
        Currency currency = accountCurrency[a];
        int day = 5 + random.nextInt(28);
        long amount = amount(currency);
        int payee = random.nextInt(PAYEES);
        switch (kind) {
            case EXACT -> {
                boolean byBankReference = random.nextInt(10) == 0;
                String bankReference = byBankReference ? "BR" + next() : null;
                Item t = transfer(1, 0);
                expect(t, a, currency, amount, day, payee, bankReference, ExpectationStatus.EXECUTED);
                Item l = line(1, 0);
                debit(l, a, currency, amount, day + random.nextInt(2), byBankReference ? null : copyOf(t.endToEnd),
                        byBankReference ? copyOf(bankReference) : "NONREF", payeeOrNone(payee), "NTRF");
                truthMatches++;
            }
            case WINDOW -> {
                Item t = transfer(1, 0);
                expect(t, a, currency, amount, day, payee, null, ExpectationStatus.EXECUTED);
                debit(line(1, 0), a, currency, amount, day - 1 + random.nextInt(5), null, "B" + next(),
                        payeesAsLines[payee], "NTRF");
                truthMatches++;
            }
            case STRAY -> {
                debit(line(0, 0, FindingType.BANK_DEBIT_WITHOUT_TRANSFER), a, currency, amount, day, null,
                        "B" + next(), payeesAsLines[payee], "NTRF");
                found(FindingType.BANK_DEBIT_WITHOUT_TRANSFER);
            }
            case MISSING -> {
                expect(transfer(0, 0, FindingType.TRANSFER_WITHOUT_BANK_DEBIT), a, currency, amount, day, payee,
                        null, ExpectationStatus.EXECUTED);
                found(FindingType.TRANSFER_WITHOUT_BANK_DEBIT);
            }
            case FAILED -> {
                Item t = transfer(0, 0);
                expect(t, a, currency, amount, day, payee, null, ExpectationStatus.FAILED);
                if (random.nextBoolean()) {
                    debit(line(0, 0, FindingType.BANK_DEBIT_WITHOUT_TRANSFER), a, currency, amount, day,
                            copyOf(t.endToEnd), "B" + next(), payeesAsLines[payee], "NTRF");
                    found(FindingType.BANK_DEBIT_WITHOUT_TRANSFER);
                }
            }
            case MISMATCH -> {
                Item t = transfer(0, 0, FindingType.AMOUNT_MISMATCH);
                expect(t, a, currency, amount, day, payee, null, ExpectationStatus.EXECUTED);
                long fee = toleranceUnits(currency, true);
                long off = random.nextBoolean() ? fee + 1 + random.nextLong(fee * 20)
                        : -(toleranceUnits(currency, false) + 1 + random.nextLong(Math.max(1, amount / 2)));
                debit(line(0, 0, FindingType.AMOUNT_MISMATCH), a, currency, amount + off, day, copyOf(t.endToEnd),
                        "B" + next(), payeesAsLines[payee], "NTRF");
                found(FindingType.AMOUNT_MISMATCH);
            }
            case DUPLICATE -> {
                Item t = transfer(1, 0);
                expect(t, a, currency, amount, day, payee, null, ExpectationStatus.EXECUTED);
                debit(line(1, 0), a, currency, amount, day, copyOf(t.endToEnd), "B" + next(), payeesAsLines[payee],
                        "NTRF");
                debit(line(0, 1, FindingType.DUPLICATE_DEBIT), a, currency, amount, day + 1 + random.nextInt(2),
                        copyOf(t.endToEnd), "B" + next(), payeesAsLines[payee], "NTRF");
                truthMatches++;
                found(FindingType.DUPLICATE_DEBIT);
            }
            case RETURNED -> {
                Item t = transfer(1, 0);
                expect(t, a, currency, amount, day, payee, null, ExpectationStatus.EXECUTED);
                debit(line(1, 0), a, currency, amount, day, copyOf(t.endToEnd), "B" + next(), payeesAsLines[payee],
                        "NTRF");
                Item back = line(0, 1, FindingType.RETURNED_PAYMENT);
                boolean reversal = random.nextBoolean();
                lines.add(new BankLine(back.id, accounts[a], currency, CreditDebit.CREDIT, money(amount, currency),
                        days[day + 2 + random.nextInt(5)], reversal, reversal ? "NTRF" : "NRTI",
                        Optional.of(copyOf(t.endToEnd)), Optional.of("B" + next()), payeesAsLines[payee]));
                truthMatches++;
                found(FindingType.RETURNED_PAYMENT);
            }
            case FEE_TOLERANCE -> {
                Item t = transfer(1, 0, FindingType.FEE);
                expect(t, a, currency, amount, day, payee, null, ExpectationStatus.EXECUTED);
                long rounding = toleranceUnits(currency, false);
                long charge = rounding + 1 + random.nextLong(toleranceUnits(currency, true) - rounding);
                debit(line(1, 0, FindingType.FEE), a, currency, amount + charge, day, copyOf(t.endToEnd),
                        "B" + next(), payeesAsLines[payee], "NTRF");
                truthMatches++;
                found(FindingType.FEE);
            }
            case CHARGE -> {
                debit(line(0, 0, FindingType.FEE), a, currency, toleranceUnits(currency, true) / 5, day, null,
                        "B" + next(), Optional.empty(), "NCHG");
                found(FindingType.FEE);
            }
            case UNKNOWN_OUTCOME -> {
                Item t = transfer(1, 0, FindingType.UNKNOWN_OUTCOME_RESOLVED);
                expect(t, a, currency, amount, day, payee, null, ExpectationStatus.OUTCOME_UNKNOWN);
                debit(line(1, 0, FindingType.UNKNOWN_OUTCOME_RESOLVED), a, currency, amount, day + random.nextInt(2),
                        copyOf(t.endToEnd), "B" + next(), payeeOrNone(payee), "NTRF");
                truthMatches++;
                found(FindingType.UNKNOWN_OUTCOME_RESOLVED);
            }
            case BATCH -> {
                int size = 2 + random.nextInt(3);
                long total = 0;
                for (int i = 0; i < size; i++) {
                    long part = amount(currency);
                    total += part;
                    expect(transfer(size, 1, i), a, currency, part, day, random.nextInt(PAYEES), null,
                            ExpectationStatus.EXECUTED);
                }
                debit(line(1, size, 0), a, currency, total, day + random.nextInt(2), null, "B" + next(),
                        Optional.empty(), "NTRF");
                truthMatches++;
            }
            case SPLIT -> {
                int size = 2 + random.nextInt(2);
                boolean byReference = random.nextBoolean();
                Item t = transfer(1, size, 0);
                expect(t, a, currency, amount, day, payee, null, ExpectationStatus.EXECUTED);
                long left = amount;
                for (int i = 0; i < size; i++) {
                    long part = i == size - 1 ? left : Math.max(1, left / (size - i) + random.nextLong(left / 10 + 1)
                            - left / 20);
                    part = Math.min(part, left - (size - 1 - i));
                    left -= part;
                    debit(line(size, 1, i), a, currency, part, day + random.nextInt(2),
                            byReference ? copyOf(t.endToEnd) : null, "B" + next(), payeesAsLines[payee], "NTRF");
                }
                truthMatches++;
            }
        }
    }

    // ---------------------------------------------------------------- the truth in the ids

    /** An item's id and, for a transfer, its end-to-end id. */
    private record Item(UUID id, String endToEnd) {
    }

    private Item line(int matched, int index, FindingType expected) {
        return new Item(id(true, matched, 1, 1, index, expected), null);
    }

    private Item line(int matched, int index) {
        return line(matched, index, null);
    }

    /** A line of a group where {@code linesMatched} lines book {@code transfersMatched} transfers. */
    private Item line(int linesMatched, int transfersMatched, int index) {
        return new Item(id(true, 1, linesMatched, transfersMatched, index, null), null);
    }

    private Item transfer(int matched, int index, FindingType expected) {
        return new Item(id(false, matched, 1, 1, index, expected), "E2E-" + Long.toString(mix(++sequence ^ seed), 36));
    }

    private Item transfer(int matched, int index) {
        return transfer(matched, index, null);
    }

    private Item transfer(int linesMatched, int transfersMatched, int index) {
        return new Item(id(false, 1, linesMatched, transfersMatched, index, null),
                "E2E-" + Long.toString(mix(++sequence ^ seed), 36));
    }

    private UUID id(boolean line, int matched, int linesMatched, int transfersMatched, int index,
                    FindingType expected) {
        long low = ((long) (line ? 1 : 2) << 56) | ((long) (expected == null ? 0 : expected.ordinal() + 1) << 48)
                | ((long) matched << 40) | ((long) linesMatched << 32) | ((long) transfersMatched << 24) | index;
        return new UUID(mix(group * 0x9E3779B97F4A7C15L + seed), low);
    }

    /** What the generator meant by an id. */
    record Truth(long group, boolean line, boolean matched, int linesMatched, int transfersMatched,
                 FindingType expected) {

        static Truth of(UUID id) {
            long low = id.getLeastSignificantBits();
            int expected = (int) ((low >>> 48) & 0xFF);
            return new Truth(id.getMostSignificantBits(), (low >>> 56) == 1, ((low >>> 40) & 0xFF) == 1,
                    (int) ((low >>> 32) & 0xFF), (int) ((low >>> 24) & 0xFF),
                    expected == 0 ? null : FindingType.values()[expected - 1]);
        }
    }

    /** How a result compares with the truth. */
    public record Score(long truthMatches, long correct, long falseMatches, long matchedTransfers,
                        long transfersExpectingDebit, long matchedLines, long plainDebits,
                        Map<FindingType, Integer> findings, Map<FindingType, Integer> expectedFindings,
                        long findingsAgainstTruth, List<String> falseMatchExamples) {

        public long missed() {
            return truthMatches - correct;
        }
    }

    public static Score score(Generated generated, MatchingResult result) {
        long correct = 0;
        long wrong = 0;
        long matchedLines = 0;
        long matchedTransfers = 0;
        List<String> examples = new ArrayList<>();
        for (Match match : result.matches()) {
            matchedLines += match.lineIds().size();
            matchedTransfers += match.transferIds().size();
            Truth first = Truth.of(match.lineIds().getFirst());
            boolean right = first.linesMatched() == match.lineIds().size()
                    && first.transfersMatched() == match.transferIds().size();
            for (UUID id : match.lineIds()) {
                Truth truth = Truth.of(id);
                right &= truth.group() == first.group() && truth.line() && truth.matched();
            }
            for (UUID id : match.transferIds()) {
                Truth truth = Truth.of(id);
                right &= truth.group() == first.group() && !truth.line() && truth.matched();
            }
            if (right) {
                correct++;
            } else {
                wrong++;
                if (examples.size() < 10) {
                    examples.add(match.toString());
                }
            }
        }
        Map<FindingType, Integer> findings = new EnumMap<>(FindingType.class);
        long againstTruth = 0;
        for (Finding finding : result.findings()) {
            findings.merge(finding.type(), 1, Integer::sum);
            boolean expected = false;
            for (UUID id : finding.lineIds()) {
                expected |= Truth.of(id).expected() == finding.type();
            }
            for (UUID id : finding.transferIds()) {
                expected |= Truth.of(id).expected() == finding.type();
            }
            if (!expected) {
                againstTruth++;
                if (examples.size() < 10) {
                    examples.add(finding.toString());
                }
            }
        }
        long expectingDebit = generated.expectations().stream().filter(e -> e.status().expectsDebit()).count();
        long plainDebits = generated.lines().stream().filter(BankLine::isPlainDebit).count();
        return new Score(generated.truthMatches(), correct, wrong, matchedTransfers, expectingDebit, matchedLines,
                plainDebits, findings, generated.expectedFindings(), againstTruth, examples);
    }

    // ---------------------------------------------------------------- making lines and transfers

    private void expect(Item t, int a, Currency currency, long units, int day, int payee, String bankReference,
                        ExpectationStatus status) {
        expectations.add(new Expectation(t.id, accounts[a], currency, money(units, currency), days[day], t.endToEnd,
                Optional.ofNullable(bankReference), payees[payee], status));
    }

    private void debit(Item l, int a, Currency currency, long units, int day, String endToEnd, String bankReference,
                       Optional<String> counterparty, String code) {
        lines.add(new BankLine(l.id, accounts[a], currency, CreditDebit.DEBIT, money(units, currency), days[day], false,
                code, Optional.ofNullable(endToEnd), Optional.of(bankReference), counterparty));
    }

    private void found(FindingType type) {
        expectedFindings.merge(type, 1, Integer::sum);
    }

    private Optional<String> payeeOrNone(int payee) {
        return random.nextInt(4) == 0 ? Optional.empty() : payeesAsLines[payee];
    }

    /** In the currency's minor unit: 1.00 to 50,000.00 (JPY 100 to 5,000,000). */
    private long amount(Currency currency) {
        return 100 + random.nextLong(5_000_000);
    }

    private static long toleranceUnits(Currency currency, boolean fee) {
        MatchingPolicy.Tolerance tolerance = POLICY.toleranceFor(currency);
        return (fee ? tolerance.fee() : tolerance.rounding()).movePointRight(digits(currency)).longValueExact();
    }

    private static BigDecimal money(long minorUnits, Currency currency) {
        return BigDecimal.valueOf(minorUnits, digits(currency));
    }

    private static int digits(Currency currency) {
        return currency.getDefaultFractionDigits();
    }

    /** A separate copy, as two database rows would give: the matcher must not rely on shared strings. */
    private static String copyOf(String text) {
        return new String(text.toCharArray());
    }

    private long next() {
        return mix(++sequence ^ (seed << 20));
    }

    private static String iban(String country, long number) {
        String digits = String.format("%020d", Math.abs(mix(number)) % 100_000_000_000_000_000L);
        return country + String.format("%02d", Math.floorMod(number, 97) + 2) + digits;
    }

    /** splitmix64's finaliser: a bijection, so distinct inputs give distinct ids. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
