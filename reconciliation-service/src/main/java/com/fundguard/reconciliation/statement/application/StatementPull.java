package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.statement.domain.StatementFormat;
import com.fundguard.reconciliation.statement.domain.StatementPullPlan;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pulls the statements due from the banks and imports each as an upload would be: for every configured account, every
 * day the {@link StatementPullPlan} says is due, one camt.053 asked of the account's bank (outside any transaction),
 * then imported and recorded as fetched in one transaction. So a day is imported once: a second round finds it
 * fetched and does not ask again; two rounds racing on the same day keep one import (the loser's is rolled back); and
 * a crash between import and record leaves neither. A bank that does not deliver is logged and the day is recorded as
 * failed, due again next round, never skipped.
 */
public class StatementPull {

    private static final Logger log = LoggerFactory.getLogger(StatementPull.class);

    /** An account whose statements are pulled from its bank; {@code since}: the first day, for an account never pulled. */
    public record PulledAccount(UUID enterpriseId, String account, String bankCode, Optional<LocalDate> since) {
        public PulledAccount {
            Objects.requireNonNull(enterpriseId, "enterprise-id");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(bankCode, "bank-code");
            Objects.requireNonNull(since);
        }
    }

    /** What one round did: days imported, days the bank did not deliver, days another round had fetched meanwhile. */
    public record Round(int imported, int failed, int alreadyFetched) {
    }

    private final List<PulledAccount> accounts;
    private final BankStatements bank;
    private final StatementPulls pulls;
    private final StatementReception reception;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;
    private final int maxDaysPerRound;

    /** @param zone where the bank's days begin and end (the enterprises' zone) */
    public StatementPull(List<PulledAccount> accounts, BankStatements bank, StatementPulls pulls, StatementReception reception,
                         TransactionTemplate transactions, Clock clock, ZoneId zone, int maxDaysPerRound) {
        this.accounts = List.copyOf(accounts);
        this.bank = bank;
        this.pulls = pulls;
        this.reception = reception;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
        this.maxDaysPerRound = maxDaysPerRound;
    }

    public Round pullDue() {
        LocalDate yesterday = LocalDate.ofInstant(clock.instant(), zone).minusDays(1);
        int imported = 0;
        int failed = 0;
        int alreadyFetched = 0;
        for (PulledAccount account : accounts) {
            StatementPullPlan plan = new StatementPullPlan(yesterday, account.since().orElse(yesterday), maxDaysPerRound);
            for (LocalDate day : plan.daysDue(pulls.lastAsked(account.enterpriseId(), account.account()),
                    pulls.failedDays(account.enterpriseId(), account.account()))) {
                switch (pull(account, day)) {
                    case IMPORTED -> imported++;
                    case FAILED -> failed++;
                    case ALREADY_FETCHED -> alreadyFetched++;
                }
            }
        }
        return new Round(imported, failed, alreadyFetched);
    }

    private enum Result { IMPORTED, FAILED, ALREADY_FETCHED }

    private Result pull(PulledAccount account, LocalDate day) {
        byte[] camt053;
        try {
            camt053 = bank.camt053(account.bankCode(), account.account(), day);
        } catch (StatementNotDeliveredException e) {
            log.warn("statement of {} for {} not delivered by bank {}, asked again next round: {}", account.account(), day,
                    account.bankCode(), e.getMessage());
            pulls.failed(account.enterpriseId(), account.account(), day, account.bankCode(), e.getMessage(), clock.instant());
            return Result.FAILED;
        }
        try {
            return transactions.execute(status -> {
                var received = reception.receive(new StatementReception.Upload(account.enterpriseId(), StatementFormat.CAMT053,
                        Optional.empty(), "camt.053 of " + account.account() + " for " + day + " from bank " + account.bankCode()),
                        new ByteArrayInputStream(camt053));
                if (!pulls.fetched(account.enterpriseId(), account.account(), day, account.bankCode(), received.statement().id(),
                        clock.instant())) {
                    status.setRollbackOnly();
                    return Result.ALREADY_FETCHED;
                }
                return Result.IMPORTED;
            });
        } catch (RuntimeException e) {
            // The bank delivered, the import failed (no reader for the format yet, a file the reader refuses, the
            // database): nothing of it is kept, the day is due again, and whoever reads the log sees why.
            log.warn("statement of {} for {} delivered but not imported, asked again next round: {}", account.account(), day, e.toString());
            pulls.failed(account.enterpriseId(), account.account(), day, account.bankCode(), "not imported: " + e.getMessage(), clock.instant());
            return Result.FAILED;
        }
    }
}
