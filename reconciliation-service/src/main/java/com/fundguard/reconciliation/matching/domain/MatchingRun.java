package com.fundguard.reconciliation.matching.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.UUID;

/**
 * One matching run: the lines and transfers in id order, their amounts in ten-thousandths (exact), and what each
 * pass decided. Lines are node {@code l}, transfers node {@code n + t} in the union-find that groups candidates: a
 * pass turns a group of exactly one line and one transfer into a match, anything larger into an ambiguity (or, for
 * one transfer with several lines carrying its reference, a duplicate debit).
 */
final class MatchingRun {

    private static final byte FREE = 0;
    private static final byte MATCHED = 1;
    /** Taken by a finding that must not be matched by a weaker pass afterwards (ambiguity, mismatch, duplicate). */
    private static final byte CLAIMED = 2;

    private static final byte PLAIN_DEBIT = 0;
    private static final byte CHARGE = 1;
    private static final byte CREDIT_OR_REVERSAL = 2;

    private static final MatchRule[] RULES = MatchRule.values();
    private static final int NO_REFERENCE = -1;
    private static final int SEVERAL = -2;
    private static final long UNITS_PER_ONE = 10_000L;
    private static final int SCALE = 4;
    /** Steps one batch or split search may take: enough for a few dozen candidates, bounded for many. */
    private static final int GROUP_SEARCH_BUDGET = 20_000;
    private static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing(Finding::type)
            .thenComparing(f -> f.lineIds().isEmpty() ? null : f.lineIds().getFirst(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(f -> f.transferIds().isEmpty() ? null : f.transferIds().getFirst(),
                    Comparator.nullsLast(Comparator.naturalOrder()));

    private final MatchingPolicy policy;
    private final BankLine[] lines;
    private final Expectation[] transfers;
    private final int n;
    private final int m;

    private final long[] lineUnits;
    private final long[] transferUnits;
    private final int[] lineDay;
    private final int[] transferDay;
    private final String[] lineAccount;
    private final String[] transferAccount;
    private final byte[] lineKind;
    private final byte[] lineState;
    private final byte[] transferState;
    /** The transfer a line's reference names (end-to-end id first, else bank reference), {@link #SEVERAL}, or none. */
    private final int[] bound;
    private final boolean[] boundByEndToEnd;
    private final Map<Integer, int[]> boundToSeveral = new HashMap<>();
    /** A plain debit carries this transfer's reference: no weaker pass may give the transfer to another line. */
    private final boolean[] referencedByDebit;
    private final Match[] matchOfTransfer;
    private final Map<Currency, long[]> toleranceUnits = new HashMap<>();

    /** How many candidates a line or transfer has in the pass being resolved: 0, 1 or 2 (meaning more than one). */
    private final byte[] lineDegree;
    private final byte[] transferDegree;

    private final List<Match> matches = new ArrayList<>();
    /** The first (lowest) line index of each match, to put the matches in id order without comparing UUIDs. */
    private final IntList firstLineOfMatch = new IntList(1024);
    private final List<Finding> findings = new ArrayList<>();

    MatchingRun(Collection<BankLine> givenLines, Collection<Expectation> givenTransfers, MatchingPolicy policy) {
        this.policy = policy;
        lines = inIdOrder(givenLines.toArray(new BankLine[0]), BankLine::id);
        transfers = inIdOrder(givenTransfers.toArray(new Expectation[0]), Expectation::transferId);
        n = lines.length;
        m = transfers.length;
        for (int i = 1; i < n; i++) {
            if (lines[i].id().equals(lines[i - 1].id())) {
                throw new IllegalArgumentException("line " + lines[i].id() + " is given twice");
            }
        }
        for (int i = 1; i < m; i++) {
            if (transfers[i].transferId().equals(transfers[i - 1].transferId())) {
                throw new IllegalArgumentException("transfer " + transfers[i].transferId() + " is given twice");
            }
        }
        lineUnits = new long[n];
        lineDay = new int[n];
        lineAccount = new String[n];
        lineKind = new byte[n];
        lineState = new byte[n];
        bound = new int[n];
        boundByEndToEnd = new boolean[n];
        for (int l = 0; l < n; l++) {
            BankLine line = lines[l];
            lineUnits[l] = units(line.amount(), "line", line.id());
            lineDay[l] = (int) line.bookingDate().toEpochDay();
            lineAccount[l] = account(line.account());
        }
        transferUnits = new long[m];
        transferDay = new int[m];
        transferAccount = new String[m];
        transferState = new byte[m];
        referencedByDebit = new boolean[m];
        matchOfTransfer = new Match[m];
        for (int t = 0; t < m; t++) {
            Expectation transfer = transfers[t];
            transferUnits[t] = units(transfer.amount(), "transfer", transfer.transferId());
            transferDay[t] = (int) transfer.expectedDate().toEpochDay();
            transferAccount[t] = account(transfer.payerAccount());
        }
        lineDegree = new byte[n];
        transferDegree = new byte[m];
    }

    MatchingResult run() {
        classifyLines();
        exactReference(MatchRule.END_TO_END_ID);
        exactReference(MatchRule.BANK_REFERENCE);
        counterpartyWindow();
        referenceTolerance();
        counterpartyTolerance();
        if (policy.maxGroupSize() >= 2) {
            groups();
        }
        List<UUID> unrelated = explainTheRest();
        findings.sort(FINDING_ORDER);
        return new MatchingResult(inLineOrder(), findings, unrelated);
    }

    // ---------------------------------------------------------------- before the passes

    /** Which lines may be bookings, which are charges and which came back; what each line's reference names. */
    private void classifyLines() {
        ReferenceIndex byEndToEnd = new ReferenceIndex(m, t -> reference(transfers[t].endToEndId()));
        ReferenceIndex byBankReference = new ReferenceIndex(m,
                t -> reference(transfers[t].bankReference().orElse(null)));
        for (int l = 0; l < n; l++) {
            BankLine line = lines[l];
            int[] named = byEndToEnd.find(reference(line.endToEndReference().orElse(null)));
            boundByEndToEnd[l] = named.length > 0;
            if (named.length == 0) {
                named = byBankReference.find(reference(line.bankReference().orElse(null)));
            }
            if (named.length == 0) {
                bound[l] = NO_REFERENCE;
            } else if (named.length == 1) {
                bound[l] = named[0];
            } else {
                bound[l] = SEVERAL;
                boundToSeveral.put(l, named);
            }
            Optional<String> charge = line.isPlainDebit()
                    ? BankChargeCodes.describe(line.transactionTypeCode()) : Optional.empty();
            if (charge.isPresent()) {
                lineKind[l] = CHARGE;
                lineState[l] = CLAIMED;
                finding(FindingType.FEE, l, named, line.amount(), "bank charge by its transaction code: "
                        + charge.get() + referenceNote(l, named));
            } else if (line.isPlainDebit()) {
                lineKind[l] = PLAIN_DEBIT;
                for (int t : named) {
                    referencedByDebit[t] = true;
                }
            } else {
                lineKind[l] = CREDIT_OR_REVERSAL;
                if (named.length > 0) {
                    lineState[l] = CLAIMED;
                    finding(FindingType.RETURNED_PAYMENT, l, named, line.amount(),
                            (line.reversal() ? "a reversal (" + line.direction() + ")" : "a credit")
                                    + " carries the " + referenceKind(l) + " of " + describe(named)
                                    + ": the money came back");
                }
            }
        }
    }

    // ---------------------------------------------------------------- pass 1

    private void exactReference(MatchRule rule) {
        boolean endToEnd = rule == MatchRule.END_TO_END_ID;
        Edges edges = new Edges();
        for (int l = 0; l < n; l++) {
            if (!candidateDebit(l) || bound[l] == NO_REFERENCE || boundByEndToEnd[l] != endToEnd) {
                continue;
            }
            if (bound[l] >= 0) {
                exactEdge(edges, l, bound[l], rule);
            } else {
                for (int t : boundToSeveral.get(l)) {
                    exactEdge(edges, l, t, rule);
                }
            }
        }
        resolve(edges, (groupLines, groupTransfers) -> {
            if (groupTransfers.length == 1) {
                duplicates(groupLines, groupTransfers[0], rule);
            } else {
                ambiguous(groupLines, groupTransfers, "their reference (" + rule + ") names several transfers of the"
                        + " same amount");
            }
        });
    }

    private void exactEdge(Edges edges, int l, int t, MatchRule rule) {
        if (transferFree(t) && sameAccountAndCurrency(l, t) && lineUnits[l] == transferUnits[t]) {
            edges.add(l, t, rule);
        }
    }

    /** Several lines carry one transfer's reference and amount: the first booked is the booking, the rest repeat it. */
    private void duplicates(int[] groupLines, int t, MatchRule rule) {
        int earliest = Integer.MAX_VALUE;
        int atEarliest = 0;
        for (int l : groupLines) {
            if (lineDay[l] < earliest) {
                earliest = lineDay[l];
                atEarliest = 1;
            } else if (lineDay[l] == earliest) {
                atEarliest++;
            }
        }
        if (atEarliest == 1) {
            int original = -1;
            for (int l : groupLines) {
                if (lineDay[l] == earliest) {
                    original = l;
                }
            }
            match(new int[] {original}, new int[] {t}, rule);
            for (int l : groupLines) {
                if (l != original) {
                    lineState[l] = CLAIMED;
                    finding(FindingType.DUPLICATE_DEBIT, l, new int[] {t}, lines[l].amount(),
                            "carries the " + referenceKind(l) + " of transfer " + transfers[t].transferId()
                                    + " for the same amount; the transfer is matched to line " + lines[original].id()
                                    + ", booked earlier");
                }
            }
        } else {
            for (int l : groupLines) {
                lineState[l] = CLAIMED;
            }
            transferState[t] = CLAIMED;
            findings.add(new Finding(FindingType.DUPLICATE_DEBIT, lines[groupLines[0]].account(),
                    lines[groupLines[0]].currency(), money(sum(lineUnits, groupLines), lines[groupLines[0]].currency()),
                    lines[groupLines[0]].bookingDate(), lineIds(groupLines), List.of(transfers[t].transferId()),
                    groupLines.length + " debits booked the same day carry the reference of transfer "
                            + transfers[t].transferId() + " for its amount: one is its booking, the others repeat"
                            + " it; which is which is for a person to say"));
        }
    }

    // ---------------------------------------------------------------- pass 2

    private record WindowKey(String account, Currency currency, long units, String counterparty) {
    }

    private void counterpartyWindow() {
        Map<WindowKey, IntList> index = new HashMap<>();
        for (int t = 0; t < m; t++) {
            if (transferFree(t) && !referencedByDebit[t]) {
                index.computeIfAbsent(new WindowKey(transferAccount[t], transfers[t].currency(), transferUnits[t],
                        account(transfers[t].payeeAccount())), k -> new IntList(1)).add(t);
            }
        }
        int window = policy.dateWindowDays();
        Edges edges = new Edges();
        for (int l = 0; l < n; l++) {
            if (!unreferencedDebitWithCounterparty(l)) {
                continue;
            }
            IntList candidates = index.get(new WindowKey(lineAccount[l], lines[l].currency(), lineUnits[l],
                    account(lines[l].counterpartyAccount().get())));
            if (candidates == null) {
                continue;
            }
            for (int i = 0; i < candidates.size(); i++) {
                int t = candidates.get(i);
                if (Math.abs(lineDay[l] - transferDay[t]) <= window) {
                    edges.add(l, t, MatchRule.AMOUNT_COUNTERPARTY_DATE);
                }
            }
        }
        resolve(edges, (groupLines, groupTransfers) -> ambiguous(groupLines, groupTransfers,
                "same account, amount and counterparty within " + window + " days of each other"));
    }

    // ---------------------------------------------------------------- pass 3

    private void referenceTolerance() {
        Edges edges = new Edges();
        for (int l = 0; l < n; l++) {
            if (!candidateDebit(l) || bound[l] == NO_REFERENCE) {
                continue;
            }
            for (int t : named(l)) {
                if (transferFree(t) && sameAccountAndCurrency(l, t)) {
                    MatchRule rule = tolerated(l, t, MatchRule.REFERENCE_WITHIN_ROUNDING,
                            MatchRule.REFERENCE_WITHIN_FEE);
                    if (rule != null) {
                        edges.add(l, t, rule);
                    }
                }
            }
        }
        resolve(edges, (groupLines, groupTransfers) -> ambiguous(groupLines, groupTransfers,
                "their references name the same transfers, each amount within the tolerance"));
    }

    private record CounterpartyKey(String account, Currency currency, String counterparty) {
    }

    private void counterpartyTolerance() {
        Map<CounterpartyKey, IntList> index = new HashMap<>();
        for (int t = 0; t < m; t++) {
            if (transferFree(t) && !referencedByDebit[t]) {
                index.computeIfAbsent(new CounterpartyKey(transferAccount[t], transfers[t].currency(),
                        account(transfers[t].payeeAccount())), k -> new IntList(1)).add(t);
            }
        }
        int window = policy.dateWindowDays();
        Edges edges = new Edges();
        for (int l = 0; l < n; l++) {
            if (!unreferencedDebitWithCounterparty(l)) {
                continue;
            }
            IntList candidates = index.get(new CounterpartyKey(lineAccount[l], lines[l].currency(),
                    account(lines[l].counterpartyAccount().get())));
            if (candidates == null) {
                continue;
            }
            for (int i = 0; i < candidates.size(); i++) {
                int t = candidates.get(i);
                if (Math.abs(lineDay[l] - transferDay[t]) <= window) {
                    MatchRule rule = tolerated(l, t, MatchRule.COUNTERPARTY_DATE_WITHIN_ROUNDING,
                            MatchRule.COUNTERPARTY_DATE_WITHIN_FEE);
                    if (rule != null) {
                        edges.add(l, t, rule);
                    }
                }
            }
        }
        resolve(edges, (groupLines, groupTransfers) -> ambiguous(groupLines, groupTransfers,
                "same account and counterparty within " + window + " days, each amount within the tolerance"));
    }

    /** The tolerance rule a difference falls under: rounding (either way) before fee (line larger), or null. */
    private MatchRule tolerated(int l, int t, MatchRule rounding, MatchRule fee) {
        long[] tolerance = toleranceUnits.computeIfAbsent(lines[l].currency(), currency -> {
            MatchingPolicy.Tolerance configured = policy.toleranceFor(currency);
            return new long[] {units(configured.fee(), "fee tolerance of", currency),
                    units(configured.rounding(), "rounding tolerance of", currency)};
        });
        long difference = lineUnits[l] - transferUnits[t];
        if (Math.abs(difference) <= tolerance[1]) {
            return rounding;
        }
        if (difference > 0 && difference <= tolerance[0]) {
            return fee;
        }
        return null;
    }

    // ---------------------------------------------------------------- pass 4

    private record DayKey(String account, Currency currency, int day) {
    }

    private record LineKey(String account, Currency currency, String counterparty) {
    }

    /** What a group search found: a unique group, two or more equally good ones, or no answer in the budget. */
    private record GroupOutcome(int[] groupLines, int[] groupTransfers, MatchRule rule, Kind kind) {
        enum Kind { UNIQUE, AMBIGUOUS, UNDECIDED }
    }

    /**
     * Batch bookings (one line, several transfers of one execution date) and split bookings (one transfer, several
     * lines). Every candidate is searched against the state the pass started from; groups that overlap another
     * answer are not matched, so the outcome does not depend on which was searched first.
     */
    private void groups() {
        int window = policy.dateWindowDays();
        int maxSize = policy.maxGroupSize();
        List<GroupOutcome> outcomes = new ArrayList<>();

        Map<DayKey, IntList> transfersByDay = new HashMap<>();
        for (int t = 0; t < m; t++) {
            if (transferFree(t) && !referencedByDebit[t] && transferUnits[t] > 0) {
                transfersByDay.computeIfAbsent(new DayKey(transferAccount[t], transfers[t].currency(),
                        transferDay[t]), k -> new IntList()).add(t);
            }
        }
        for (int l = 0; l < n; l++) {
            if (!candidateDebit(l) || bound[l] != NO_REFERENCE || transfersByDay.isEmpty()) {
                continue;
            }
            List<int[]> found = new ArrayList<>();
            IntList searched = new IntList();
            boolean cutOff = false;
            for (int day = lineDay[l] - window; day <= lineDay[l] + window && found.size() < 2; day++) {
                IntList bucket = transfersByDay.get(new DayKey(lineAccount[l], lines[l].currency(), day));
                if (bucket == null || bucket.size() < 2) {
                    continue;
                }
                int[] candidates = below(bucket, transferUnits, lineUnits[l]);
                for (int t : candidates) {
                    searched.add(t);
                }
                GroupSearch.Outcome outcome = GroupSearch.search(amounts(candidates, transferUnits), lineUnits[l],
                        maxSize, GROUP_SEARCH_BUDGET);
                cutOff |= outcome.cutOff();
                if (outcome.solutions() >= 1) {
                    found.add(pick(candidates, outcome.first()));
                }
                if (outcome.solutions() >= 2) {
                    found.add(pick(candidates, outcome.second()));
                }
            }
            int[] line = {l};
            if (found.size() == 1 && !cutOff) {
                outcomes.add(new GroupOutcome(line, found.getFirst(), MatchRule.BATCH_BOOKING,
                        GroupOutcome.Kind.UNIQUE));
            } else if (found.size() >= 2) {
                outcomes.add(new GroupOutcome(line, union(found.get(0), found.get(1)), MatchRule.BATCH_BOOKING,
                        GroupOutcome.Kind.AMBIGUOUS));
            } else if (cutOff) {
                outcomes.add(new GroupOutcome(line, searched.toArray(), MatchRule.BATCH_BOOKING,
                        GroupOutcome.Kind.UNDECIDED));
            }
        }

        Map<Integer, IntList> linesNamingTransfer = new HashMap<>();
        Map<LineKey, IntList> linesByCounterparty = new HashMap<>();
        for (int l = 0; l < n; l++) {
            if (!candidateDebit(l) || lineUnits[l] == 0) {
                continue;
            }
            if (bound[l] >= 0) {
                linesNamingTransfer.computeIfAbsent(bound[l], k -> new IntList(2)).add(l);
            } else if (bound[l] == NO_REFERENCE && lines[l].counterpartyAccount().isPresent()) {
                linesByCounterparty.computeIfAbsent(new LineKey(lineAccount[l], lines[l].currency(),
                        account(lines[l].counterpartyAccount().get())), k -> new IntList(2)).add(l);
            }
        }
        for (int t = 0; t < m; t++) {
            if (!transferFree(t) || transferUnits[t] == 0) {
                continue;
            }
            int[] candidates;
            MatchRule rule;
            if (referencedByDebit[t]) {
                IntList naming = linesNamingTransfer.get(t);
                if (naming == null || naming.size() < 2) {
                    continue;
                }
                IntList sameAccount = new IntList();
                for (int i = 0; i < naming.size(); i++) {
                    if (sameAccountAndCurrency(naming.get(i), t)) {
                        sameAccount.add(naming.get(i));
                    }
                }
                candidates = below(sameAccount, lineUnits, transferUnits[t]);
                rule = MatchRule.SPLIT_BOOKING_BY_REFERENCE;
            } else {
                IntList bucket = linesByCounterparty.get(new LineKey(transferAccount[t], transfers[t].currency(),
                        account(transfers[t].payeeAccount())));
                if (bucket == null || bucket.size() < 2) {
                    continue;
                }
                IntList inWindow = new IntList();
                for (int i = 0; i < bucket.size(); i++) {
                    if (Math.abs(lineDay[bucket.get(i)] - transferDay[t]) <= window) {
                        inWindow.add(bucket.get(i));
                    }
                }
                candidates = below(inWindow, lineUnits, transferUnits[t]);
                rule = MatchRule.SPLIT_BOOKING_BY_COUNTERPARTY;
            }
            if (candidates.length < 2) {
                continue;
            }
            GroupSearch.Outcome outcome = GroupSearch.search(amounts(candidates, lineUnits), transferUnits[t], maxSize,
                    GROUP_SEARCH_BUDGET);
            int[] transfer = {t};
            if (outcome.unique()) {
                outcomes.add(new GroupOutcome(pick(candidates, outcome.first()), transfer, rule,
                        GroupOutcome.Kind.UNIQUE));
            } else if (outcome.solutions() >= 2) {
                outcomes.add(new GroupOutcome(union(pick(candidates, outcome.first()),
                        pick(candidates, outcome.second())), transfer, rule, GroupOutcome.Kind.AMBIGUOUS));
            } else if (outcome.cutOff()) {
                outcomes.add(new GroupOutcome(candidates, transfer, rule, GroupOutcome.Kind.UNDECIDED));
            }
        }
        settleGroups(outcomes);
    }

    /** A group is matched only when no other answer touches any of its lines or transfers. */
    private void settleGroups(List<GroupOutcome> outcomes) {
        Components components = new Components(n);
        Map<Integer, List<GroupOutcome>> byFirstLine = new HashMap<>();
        for (GroupOutcome outcome : outcomes) {
            components.join(outcome.groupLines(), outcome.groupTransfers());
            byFirstLine.computeIfAbsent(outcome.groupLines()[0], k -> new ArrayList<>()).add(outcome);
        }
        components.forEach((groupLines, groupTransfers) -> {
            List<GroupOutcome> touching = new ArrayList<>();
            for (int l : groupLines) {
                touching.addAll(byFirstLine.getOrDefault(l, List.of()));
            }
            if (touching.stream().anyMatch(o -> o.kind() == GroupOutcome.Kind.UNDECIDED)) {
                return;
            }
            if (touching.size() == 1 && touching.getFirst().kind() == GroupOutcome.Kind.UNIQUE) {
                GroupOutcome only = touching.getFirst();
                match(only.groupLines(), only.groupTransfers(), only.rule());
                return;
            }
            ambiguous(groupLines, groupTransfers, "more than one batch or split booking adds up among them (groups"
                    + " of up to " + policy.maxGroupSize() + ")");
        });
    }

    // ---------------------------------------------------------------- after the passes

    /** Findings for what no pass matched; returns the lines that concern no transfer. */
    private List<UUID> explainTheRest() {
        Map<Integer, IntList> mismatchesByTransfer = new LinkedHashMap<>();
        List<UUID> unrelated = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            if (lineState[l] != FREE) {
                continue;
            }
            if (lineKind[l] == CREDIT_OR_REVERSAL) {
                unrelated.add(lines[l].id());
                continue;
            }
            BankLine line = lines[l];
            if (bound[l] == NO_REFERENCE) {
                finding(FindingType.BANK_DEBIT_WITHOUT_TRANSFER, l, new int[0], line.amount(),
                        "no transfer carries its reference, and none of its account, amount and counterparty within "
                                + policy.dateWindowDays() + " days");
                continue;
            }
            int[] named = named(l);
            if (named.length > 1) {
                finding(FindingType.BANK_DEBIT_WITHOUT_TRANSFER, l, named, line.amount(), "its " + referenceKind(l)
                        + " names several transfers (" + describe(named) + ") and none of them fits it");
                continue;
            }
            int t = named[0];
            Expectation transfer = transfers[t];
            if (!transfer.status().expectsDebit()) {
                finding(FindingType.BANK_DEBIT_WITHOUT_TRANSFER, l, named, line.amount(), "carries the "
                        + referenceKind(l) + " of transfer " + transfer.transferId() + ", which failed: no debit was"
                        + " expected for it");
            } else if (!lineAccount[l].equals(transferAccount[t])) {
                finding(FindingType.BANK_DEBIT_WITHOUT_TRANSFER, l, named, line.amount(), "carries the "
                        + referenceKind(l) + " of transfer " + transfer.transferId() + ", which was to be debited to"
                        + " account " + transfer.payerAccount() + ", not this one");
            } else if (transferState[t] == MATCHED) {
                Match original = matchOfTransfer[t];
                if (lineUnits[l] == transferUnits[t]) {
                    finding(FindingType.DUPLICATE_DEBIT, l, named, line.amount(), "carries the " + referenceKind(l)
                            + " of transfer " + transfer.transferId() + " for the same amount; the transfer is"
                            + " matched to line(s) " + original.lineIds() + " (" + original.rule() + ")");
                } else {
                    finding(FindingType.BANK_DEBIT_WITHOUT_TRANSFER, l, named, line.amount(), "carries the "
                            + referenceKind(l) + " of transfer " + transfer.transferId() + ", which is matched to"
                            + " line(s) " + original.lineIds() + "; this debit of " + line.amount() + " "
                            + line.currency() + " is not explained");
                }
            } else {
                mismatchesByTransfer.computeIfAbsent(t, k -> new IntList(1)).add(l);
            }
        }
        for (Map.Entry<Integer, IntList> mismatch : mismatchesByTransfer.entrySet()) {
            int t = mismatch.getKey();
            int[] mismatched = mismatch.getValue().toArray();
            amountMismatch(mismatched, t);
        }
        for (int t = 0; t < m; t++) {
            Expectation transfer = transfers[t];
            if (transferState[t] == FREE && transfer.status().expectsDebit()) {
                findings.add(new Finding(FindingType.TRANSFER_WITHOUT_BANK_DEBIT, transfer.payerAccount(),
                        transfer.currency(), transfer.amount(), transfer.expectedDate(), List.of(),
                        List.of(transfer.transferId()), (transfer.status() == ExpectationStatus.OUTCOME_UNKNOWN
                        ? "its outcome is unknown and no line books it" : "executed and no line books it")
                        + ": no debit of " + transfer.amount() + " " + transfer.currency() + " carrying its"
                        + " reference, nor one to " + transfer.payeeAccount() + " within "
                        + policy.dateWindowDays() + " days of " + transfer.expectedDate()));
            }
        }
        return unrelated;
    }

    private void amountMismatch(int[] mismatched, int t) {
        Expectation transfer = transfers[t];
        BankLine first = lines[mismatched[0]];
        transferState[t] = CLAIMED;
        for (int l : mismatched) {
            lineState[l] = CLAIMED;
        }
        String why;
        BigDecimal amount;
        if (!first.currency().equals(transfer.currency())) {
            amount = first.amount();
            why = "carries the " + referenceKind(mismatched[0]) + " of transfer " + transfer.transferId()
                    + " but is booked in " + first.currency() + " (" + first.amount() + "), the transfer is "
                    + transfer.amount() + " " + transfer.currency();
        } else {
            long booked = sum(lineUnits, mismatched);
            amount = money(Math.abs(booked - transferUnits[t]), transfer.currency());
            why = (mismatched.length == 1 ? "carries" : mismatched.length + " debits carry") + " the "
                    + referenceKind(mismatched[0]) + " of transfer " + transfer.transferId() + ": booked "
                    + money(booked, transfer.currency()) + ", the transfer is " + transfer.amount() + " "
                    + transfer.currency() + ", " + (booked > transferUnits[t] ? "more" : "less")
                    + " than the tolerance allows";
        }
        findings.add(new Finding(FindingType.AMOUNT_MISMATCH, first.account(), first.currency(), amount,
                first.bookingDate(), lineIds(mismatched), List.of(transfer.transferId()), why));
    }

    // ---------------------------------------------------------------- deciding

    private void match(int[] matchedLines, int[] matchedTransfers, MatchRule rule) {
        Currency currency = lines[matchedLines[0]].currency();
        long difference = sum(lineUnits, matchedLines) - sum(transferUnits, matchedTransfers);
        Match match = new Match(rule, lineIds(matchedLines), transferIds(matchedTransfers),
                difference == 0 ? BigDecimal.ZERO : money(difference, currency));
        matches.add(match);
        firstLineOfMatch.add(matchedLines[0]);
        for (int l : matchedLines) {
            lineState[l] = MATCHED;
        }
        for (int t : matchedTransfers) {
            transferState[t] = MATCHED;
            matchOfTransfer[t] = match;
        }
        BankLine first = lines[matchedLines[0]];
        if (rule.isFeeTolerance()) {
            findings.add(new Finding(FindingType.FEE, first.account(), currency, match.difference(),
                    first.bookingDate(), match.lineIds(), match.transferIds(), "matched by " + rule + ": the debit is "
                    + match.difference() + " " + currency + " more than the transfer, a bank charge deducted with it"));
        }
        for (int t : matchedTransfers) {
            if (transfers[t].status() == ExpectationStatus.OUTCOME_UNKNOWN) {
                findings.add(new Finding(FindingType.UNKNOWN_OUTCOME_RESOLVED, first.account(), currency,
                        transfers[t].amount(), first.bookingDate(), match.lineIds(),
                        List.of(transfers[t].transferId()), "its outcome was unknown; line(s) " + match.lineIds()
                        + " book it (" + rule + "): it was executed and must not be sent again"));
            }
        }
    }

    private void ambiguous(int[] groupLines, int[] groupTransfers, String reason) {
        for (int l : groupLines) {
            lineState[l] = CLAIMED;
        }
        for (int t : groupTransfers) {
            transferState[t] = CLAIMED;
        }
        BankLine first = lines[groupLines[0]];
        findings.add(new Finding(FindingType.AMBIGUOUS_MATCH, first.account(), first.currency(),
                money(sum(lineUnits, groupLines), first.currency()), first.bookingDate(), lineIds(groupLines),
                transferIds(groupTransfers), groupLines.length + " line(s) and " + groupTransfers.length
                + " transfer(s) could be paired in more than one way (" + reason + "): not matched, a person pairs them"));
    }

    private void finding(FindingType type, int l, int[] named, BigDecimal amount, String why) {
        BankLine line = lines[l];
        findings.add(new Finding(type, line.account(), line.currency(), amount, line.bookingDate(),
                List.of(line.id()), transferIds(named), why));
    }

    /** Candidates of one pass: one line or transfer per edge end; groups of exactly one of each are matched. */
    private static final class Edges {
        final IntList lines = new IntList(1024);
        final IntList transfers = new IntList(1024);
        final IntList rules = new IntList(1024);

        void add(int l, int t, MatchRule rule) {
            lines.add(l);
            transfers.add(t);
            rules.add(rule.ordinal());
        }
    }

    @FunctionalInterface
    private interface LargerGroup {
        void decide(int[] groupLines, int[] groupTransfers);
    }

    /**
     * Decides a pass: an edge whose line and transfer have no other candidate is a match; the rest (rare) are grouped
     * into connected components, each decided as a whole by {@code larger}.
     */
    private void resolve(Edges edges, LargerGroup larger) {
        int count = edges.lines.size();
        for (int e = 0; e < count; e++) {
            lineDegree[edges.lines.get(e)] = 0;
            transferDegree[edges.transfers.get(e)] = 0;
        }
        for (int e = 0; e < count; e++) {
            int l = edges.lines.get(e);
            int t = edges.transfers.get(e);
            lineDegree[l] = (byte) Math.min(2, lineDegree[l] + 1);
            transferDegree[t] = (byte) Math.min(2, transferDegree[t] + 1);
        }
        Components components = new Components(n);
        for (int e = 0; e < count; e++) {
            int l = edges.lines.get(e);
            int t = edges.transfers.get(e);
            if (lineDegree[l] == 1 && transferDegree[t] == 1) {
                match(new int[] {l}, new int[] {t}, RULES[edges.rules.get(e)]);
            } else {
                components.join(new int[] {l}, new int[] {t});
            }
        }
        components.forEach(larger::decide);
    }

    private static <T> T[] inIdOrder(T[] given, Function<T, UUID> id) {
        long[] most = new long[given.length];
        long[] least = new long[given.length];
        for (int i = 0; i < given.length; i++) {
            UUID uuid = id.apply(given[i]);
            most[i] = uuid.getMostSignificantBits();
            least[i] = uuid.getLeastSignificantBits();
        }
        int[] order = IdOrder.of(most, least);
        T[] ordered = Arrays.copyOf(given, given.length);
        for (int i = 0; i < order.length; i++) {
            ordered[i] = given[order[i]];
        }
        return ordered;
    }

    /** Matches by their first line; no line is in two matches, so the first line orders them completely. */
    private List<Match> inLineOrder() {
        long[] keys = new long[matches.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) firstLineOfMatch.get(i) << 32) | i;
        }
        Arrays.sort(keys);
        Match[] ordered = new Match[keys.length];
        for (int i = 0; i < keys.length; i++) {
            ordered[i] = matches.get((int) keys[i]);
        }
        return Arrays.asList(ordered);
    }

    // ---------------------------------------------------------------- small questions

    private boolean candidateDebit(int l) {
        return lineState[l] == FREE && lineKind[l] == PLAIN_DEBIT;
    }

    private boolean unreferencedDebitWithCounterparty(int l) {
        return candidateDebit(l) && bound[l] == NO_REFERENCE && lines[l].counterpartyAccount().isPresent();
    }

    private boolean transferFree(int t) {
        return transferState[t] == FREE && transfers[t].status().expectsDebit();
    }

    private boolean sameAccountAndCurrency(int l, int t) {
        return lines[l].currency().equals(transfers[t].currency()) && lineAccount[l].equals(transferAccount[t]);
    }

    private int[] named(int l) {
        return switch (bound[l]) {
            case NO_REFERENCE -> new int[0];
            case SEVERAL -> boundToSeveral.get(l);
            default -> new int[] {bound[l]};
        };
    }

    private String referenceKind(int l) {
        return boundByEndToEnd[l] ? "end-to-end id" : "bank reference";
    }

    private String referenceNote(int l, int[] named) {
        return named.length == 0 ? "" : "; it carries the " + referenceKind(l) + " of " + describe(named);
    }

    private String describe(int[] named) {
        StringBuilder text = new StringBuilder(named.length == 1 ? "transfer " : "transfers ");
        for (int i = 0; i < named.length; i++) {
            Expectation transfer = transfers[named[i]];
            text.append(i == 0 ? "" : ", ").append(transfer.transferId()).append(" (").append(transfer.status())
                    .append(')');
        }
        return text.toString();
    }

    private static int[] below(IntList candidates, long[] units, long limit) {
        IntList kept = new IntList(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            int c = candidates.get(i);
            if (units[c] > 0 && units[c] < limit) {
                kept.add(c);
            }
        }
        int[] sorted = kept.toArray();
        // ascending amount, then index (id order), which is what the search expects and keeps it order-free
        Integer[] boxed = Arrays.stream(sorted).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.<Integer>comparingLong(c -> units[c]).thenComparingInt(c -> c));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private static long[] amounts(int[] candidates, long[] units) {
        long[] amounts = new long[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            amounts[i] = units[candidates[i]];
        }
        return amounts;
    }

    private static int[] pick(int[] candidates, int[] positions) {
        int[] picked = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            picked[i] = candidates[positions[i]];
        }
        Arrays.sort(picked);
        return picked;
    }

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
    }

    private static long sum(long[] units, int[] indexes) {
        long total = 0;
        for (int i : indexes) {
            total = Math.addExact(total, units[i]);
        }
        return total;
    }

    private List<UUID> lineIds(int[] indexes) {
        if (indexes.length == 1) {
            return List.of(lines[indexes[0]].id());
        }
        UUID[] ids = new UUID[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            ids[i] = lines[indexes[i]].id();
        }
        return List.of(ids);
    }

    private List<UUID> transferIds(int[] indexes) {
        if (indexes.length == 1) {
            return List.of(transfers[indexes[0]].transferId());
        }
        UUID[] ids = new UUID[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            ids[i] = transfers[indexes[i]].transferId();
        }
        return List.of(ids);
    }

    /** Ten-thousandths, exactly: the scale of the statement and movement tables (NUMERIC(19,4)). */
    private static long units(BigDecimal amount, String what, Object whose) {
        try {
            return amount.movePointRight(SCALE).longValueExact();
        } catch (ArithmeticException notExact) {
            throw new IllegalArgumentException(what + " " + whose + ": amount " + amount.toPlainString()
                    + " is finer than 0.0001 or too large to match", notExact);
        }
    }

    /** Back to money in the currency's minor unit where that is exact, else in ten-thousandths. */
    private static BigDecimal money(long units, Currency currency) {
        BigDecimal amount = BigDecimal.valueOf(units, SCALE);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        try {
            return amount.setScale(digits, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException finer) {
            return amount;
        }
    }

    /** Accounts compared as banks print them: without spaces, upper case (IBANs are given both ways). */
    static String account(String account) {
        for (int i = 0; i < account.length(); i++) {
            char c = account.charAt(i);
            if (c == ' ' || Character.isLowerCase(c)) {
                return account.replace(" ", "").toUpperCase(Locale.ROOT);
            }
        }
        return account;
    }

    /** A reference, or null where the bank wrote the placeholder for none (camt NOTPROVIDED, MT940 NONREF). */
    static String reference(String reference) {
        if (reference == null) {
            return null;
        }
        int length = reference.length();
        // strip() only where needed: this runs for every probe of the reference index
        String stripped = length > 0 && (reference.charAt(0) <= ' ' || reference.charAt(length - 1) <= ' ')
                ? reference.strip() : reference;
        if (stripped.isEmpty() || stripped.length() == 6 && stripped.equalsIgnoreCase("NONREF")
                || stripped.length() == 11 && stripped.equalsIgnoreCase("NOTPROVIDED")) {
            return null;
        }
        return stripped;
    }
}
