package com.fundguard.reconciliation.statement.adapter.in.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.reconciliation.ClockForTests;
import com.fundguard.test.time.MovableClock;
import com.fundguard.reconciliation.bank.SandboxBankProcess;
import com.fundguard.reconciliation.statement.application.StatementPull;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scheduled pull against bank-sandbox running as its own process over real HTTP: each account's camt.053 of the
 * days due is fetched and imported as an upload is, once per day, and a day the bank did not deliver is asked again.
 * The tests share the bank and the pull's records; each states what it needs whichever ran first.
 */
@SpringBootTest
@WithRealInfrastructure
@Import(ClockForTests.class)
class StatementPullIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final UUID ENTERPRISE = UUID.randomUUID();
    static final UUID OTHER_ENTERPRISE = UUID.randomUUID();
    static final String OPERATING = SandboxBankProcess.newAccount();
    static final String PAYROLL = SandboxBankProcess.newAccount();
    /** Configured here, never opened at the bank: the bank refuses its statements. */
    static final String UNKNOWN_AT_THE_BANK = SandboxBankProcess.newAccount();

    static SandboxBankProcess bank;

    @DynamicPropertySource
    static void theBankAndTheAccounts(DynamicPropertyRegistry properties) {
        bank = SandboxBankProcess.start("statement_pull_sandbox", Map.of());
        properties.add("fundguard.banks.channels.FGSANDBOX.uri", () -> bank.channel().toString());
        properties.add("fundguard.banks.retry-pause", () -> "10ms");
        properties.add("fundguard.statements.pull.cron", () -> "-");
        properties.add("fundguard.statements.pull.zone", () -> "Asia/Shanghai");
        List<String> accounts = List.of(ENTERPRISE + "," + OPERATING, OTHER_ENTERPRISE + "," + PAYROLL, ENTERPRISE + "," + UNKNOWN_AT_THE_BANK);
        for (int i = 0; i < accounts.size(); i++) {
            String[] account = accounts.get(i).split(",");
            properties.add("fundguard.statements.pull.accounts[" + i + "].enterprise-id", () -> account[0]);
            properties.add("fundguard.statements.pull.accounts[" + i + "].account", () -> account[1]);
            properties.add("fundguard.statements.pull.accounts[" + i + "].bank-code", () -> "fgsandbox");
        }
    }

    @AfterAll
    static void stopTheBank() throws InterruptedException {
        if (bank != null) {
            bank.close();
        }
    }

    @Autowired StatementPullSchedule schedule;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;

    static boolean opened;

    @BeforeEach
    void theBanksCustomers() {
        if (!opened) {
            bank.open(OPERATING, "Hangzhou Tea Trading Co.", "50000.00");
            bank.open(PAYROLL, "Ningbo Ports Ltd.", "1000.00");
            opened = true;
        }
    }

    void today(LocalDate day) {
        clock.set(ZonedDateTime.of(day.atTime(6, 30), SHANGHAI).toInstant());
    }

    List<LocalDate> fetchedDays(UUID enterprise, String account) {
        return jdbc.sql("SELECT statement_date FROM statement_pull WHERE enterprise_id = ? AND account = ? AND status = 'FETCHED' ORDER BY 1")
                .params(enterprise, account).query(LocalDate.class).list();
    }

    long importsOf(UUID enterprise) {
        return jdbc.sql("SELECT count(*) FROM statement_import WHERE enterprise_id = ? AND format = 'CAMT053'").param(enterprise).query(Long.class).single();
    }

    /** The accounts of the statements the pull of that day imported, as the import read them. */
    List<String> importedStatement(UUID enterprise, String account, LocalDate day) {
        return jdbc.sql("""
                        SELECT s.account FROM statement_pull p JOIN statement_import i ON i.id = p.import_id
                          JOIN bank_statement s ON s.import_id = i.id
                         WHERE p.enterprise_id = ? AND p.account = ? AND p.statement_date = ?""")
                .params(enterprise, account, day).query(String.class).list();
    }

    record Attempt(String status, int attempts, String lastError) {
    }

    Attempt attempt(String account, LocalDate day) {
        return jdbc.sql("SELECT status, attempts, last_error FROM statement_pull WHERE account = ? AND statement_date = ?").params(account, day)
                .query(Attempt.class).optional().orElse(new Attempt("NONE", 0, null));
    }

    @Test
    void aDayTheBankDoesNotDeliverIsRecordedWithWhyAndAskedAgainEveryRoundNeverSkipped() {
        LocalDate today = LocalDate.now(SHANGHAI);
        today(today);
        Attempt before = attempt(UNKNOWN_AT_THE_BANK, today.minusDays(1));

        schedule.pullDue();
        Attempt first = attempt(UNKNOWN_AT_THE_BANK, today.minusDays(1));
        schedule.pullDue();
        Attempt second = attempt(UNKNOWN_AT_THE_BANK, today.minusDays(1));

        assertThat(first.status()).isEqualTo("FAILED");
        assertThat(first.lastError()).contains("holds no account " + UNKNOWN_AT_THE_BANK);
        assertThat(first.attempts()).isEqualTo(before.attempts() + 1);
        assertThat(second.attempts()).isEqualTo(first.attempts() + 1);
        assertThat(fetchedDays(ENTERPRISE, UNKNOWN_AT_THE_BANK)).isEmpty();
    }

    @Test
    void yesterdaysStatementIsPulledAndImportedOnceAndMissedDaysAreCaughtUpEachOnce() {
        LocalDate first = LocalDate.now(SHANGHAI);
        today(first);

        schedule.pullDue();

        // Yesterday's statement of each account the bank knows, imported into its own enterprise.
        assertThat(fetchedDays(ENTERPRISE, OPERATING)).containsExactly(first.minusDays(1));
        assertThat(fetchedDays(OTHER_ENTERPRISE, PAYROLL)).containsExactly(first.minusDays(1));
        assertThat(importedStatement(ENTERPRISE, OPERATING, first.minusDays(1))).containsExactly(OPERATING);
        assertThat(importsOf(ENTERPRISE)).isEqualTo(1);
        assertThat(importsOf(OTHER_ENTERPRISE)).isEqualTo(1);

        // The same morning again: nothing new, not even asked (the bank writes a new file each time it is asked).
        assertThat(schedule.pullDue().imported()).isZero();
        assertThat(importsOf(ENTERPRISE)).isEqualTo(1);

        // Three mornings later (the service was down): the three missed days, each once.
        today(first.plusDays(3));
        assertThat(schedule.pullDue().imported()).isEqualTo(6);

        assertThat(fetchedDays(ENTERPRISE, OPERATING)).containsExactly(first.minusDays(1), first, first.plusDays(1), first.plusDays(2));
        assertThat(fetchedDays(OTHER_ENTERPRISE, PAYROLL)).hasSize(4);
        assertThat(importsOf(ENTERPRISE)).isEqualTo(4);
        assertThat(schedule.pullDue().imported()).isZero();
    }
}
