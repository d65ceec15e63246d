package com.fundguard.reconciliation.close.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.reconciliation.close.application.ClosedDays;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Closing an account's days through the API, on real PostgreSQL, with statements as the import stores them. */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class DailyCloseIT {

    static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    static final LocalDate SATURDAY = FRIDAY.plusDays(1);
    static final LocalDate SUNDAY = FRIDAY.plusDays(2);
    static final LocalDate MONDAY = FRIDAY.plusDays(3);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ClosedDays closedDays;
    @Autowired TransactionTemplate transactions;

    final UUID enterprise = UUID.randomUUID();
    final UUID auditor = UUID.randomUUID();
    final String account = "6222020200112233";
    final BankDayRows bank;

    DailyCloseIT(@Autowired JdbcClient jdbc) {
        this.bank = new BankDayRows(jdbc, enterprise, account, "CNY");
    }

    static RequestPostProcessor holding(UUID person, UUID enterprise, String... roles) {
        return jwt().jwt(t -> t.subject(person.toString()).claim("enterprise_id", enterprise.toString()).claim("roles", List.of(roles)));
    }

    RequestPostProcessor theAuditor() {
        return holding(auditor, enterprise, "AUDITOR");
    }

    ResultActions openBooks(LocalDate firstDay, String balance) throws Exception {
        return mvc.perform(put("/api/enterprises/{e}/accounts/{a}/books", enterprise, account).with(theAuditor())
                .contentType("application/json")
                .content("{\"firstDay\":\"" + firstDay + "\",\"openingBalance\":{\"value\":\"" + balance + "\",\"currency\":\"CNY\"}}"));
    }

    ResultActions close(LocalDate day) throws Exception {
        return close(day, theAuditor());
    }

    ResultActions close(LocalDate day, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/accounts/{a}/days/{d}/close", enterprise, account, day).with(caller));
    }

    ResultActions state(LocalDate day) throws Exception {
        return mvc.perform(get("/api/enterprises/{e}/accounts/{a}/days/{d}", enterprise, account, day).with(theAuditor()));
    }

    long dayClosedEvents() {
        return jdbc.sql("SELECT count(*) FROM event_outbox WHERE event_type = 'com.fundguard.reconciliation.day-closed.v1'"
                + " AND envelope LIKE ?").param("%" + enterprise + "%").query(Long.class).single();
    }

    @Test
    void aDayWhoseStatementAddsUpClosesOnceAndClosingItAgainAnswersTheSame() throws Exception {
        openBooks(FRIDAY, "1000.00").andExpect(status().isCreated()).andExpect(jsonPath("$.openingBalance.value").value("1000.00"));
        bank.statement("STMT-0306", FRIDAY, "1000.00", "1000.00");

        String first = close(FRIDAY).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.alreadyClosed").value(false))
                .andExpect(jsonPath("$.closingBalance").value("1000.00"))
                .andExpect(jsonPath("$.statementReference").value("STMT-0306"))
                .andExpect(jsonPath("$.closedBy").value(auditor.toString()))
                .andReturn().getResponse().getContentAsString();
        String again = close(FRIDAY, holding(UUID.randomUUID(), enterprise, "AUTHORIZER")).andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyClosed").value(true))
                .andReturn().getResponse().getContentAsString();

        assertThat(again.replace("\"alreadyClosed\":true", "\"alreadyClosed\":false")).isEqualTo(first);
        assertThat(dayClosedEvents()).isEqualTo(1);
        state(FRIDAY).andExpect(jsonPath("$.state").value("CLOSED")).andExpect(jsonPath("$.closedBy").value(auditor.toString()));
    }

    @Test
    void aDayCannotCloseBeforeThePreviousDayIsClosed() throws Exception {
        openBooks(FRIDAY, "1000.00").andExpect(status().isCreated());
        bank.statement("STMT-0309", MONDAY, "1000.00", "1000.00");

        close(MONDAY).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://fundguard.example/problems/day-not-closable"))
                .andExpect(jsonPath("$.blockers[0].code").value("PREVIOUS_DAY_OPEN"))
                .andExpect(jsonPath("$.blockers[0].previousDay").value(SUNDAY.toString()))
                .andExpect(jsonPath("$.detail").value("the previous day 2026-03-08 is not closed"));

        assertThat(jdbc.sql("SELECT count(*) FROM closed_day WHERE enterprise_id = ?").param(enterprise).query(Long.class).single()).isZero();
        assertThat(dayClosedEvents()).isZero();
    }

    @Test
    void aWeekendWithoutStatementsClosesOnlyOnceMondaysStatementConfirmsNothingMovedThenMondayCloses() throws Exception {
        openBooks(FRIDAY, "500.00").andExpect(status().isCreated());
        bank.statement("STMT-0306", FRIDAY, "500.00", "500.00");
        close(FRIDAY).andExpect(status().isOk());

        close(SATURDAY).andExpect(status().isConflict()).andExpect(jsonPath("$.blockers[0].code").value("NO_CLOSING_STATEMENT"));

        bank.statement("STMT-0309", MONDAY, "500.00", "500.00");
        close(SATURDAY).andExpect(status().isOk()).andExpect(jsonPath("$.basis").value("NO_MOVEMENT_CONFIRMED"))
                .andExpect(jsonPath("$.statementReference").value("STMT-0309"));
        close(SUNDAY).andExpect(status().isOk());
        close(MONDAY).andExpect(status().isOk()).andExpect(jsonPath("$.basis").value("STATEMENT"));
        assertThat(dayClosedEvents()).isEqualTo(4);
    }

    @Test
    void anUnbalancedDayIsRefusedSayingByHowMuchAndALineNeitherMatchedNorInACaseBlocksItToo() throws Exception {
        openBooks(FRIDAY, "1000.00").andExpect(status().isCreated());
        var statement = bank.statement("STMT-0306", FRIDAY, "1000.00", "700.00");
        UUID line = statement.line("-250.00", "上海某某贸易有限公司");

        close(FRIDAY).andExpect(status().isConflict())
                .andExpect(jsonPath("$.blockers[0].code").value("UNBALANCED"))
                .andExpect(jsonPath("$.blockers[0].difference").value("-50.00"))
                .andExpect(jsonPath("$.blockers[0].detail").value("unbalanced by -50.00 CNY: opening 1000.00 + credits 0.00 - debits 250.00 is not the stated closing 700.00"))
                .andExpect(jsonPath("$.blockers[1].code").value("LINES_UNRECONCILED"))
                .andExpect(jsonPath("$.blockers[1].lineIds[0]").value(line.toString()));

        state(FRIDAY).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OPEN")).andExpect(jsonPath("$.closable").value(false))
                .andExpect(jsonPath("$.totalDebits").value("250.00")).andExpect(jsonPath("$.closingBalance").value("700.00"))
                .andExpect(jsonPath("$.blockers.length()").value(2));
    }

    @Test
    void aClosedDayRefusesNewLinesToTheImportAndANewStatementDoesNotChangeIt() throws Exception {
        openBooks(FRIDAY, "1000.00").andExpect(status().isCreated());
        bank.statement("STMT-0306", FRIDAY, "1000.00", "1000.00");
        close(FRIDAY).andExpect(status().isOk());

        Set<LocalDate> refused = transactions.execute(status -> closedDays.closedAmong(enterprise, account, Set.of(FRIDAY, SATURDAY)));

        assertThat(refused).containsExactly(FRIDAY);
        Set<LocalDate> elsewhere = transactions.execute(status -> closedDays.closedAmong(UUID.randomUUID(), account, Set.of(FRIDAY)));
        assertThat(elsewhere).isEmpty();
        // Had an import added a line anyway, the closed day keeps the figures it closed with.
        bank.statement("LATE", FRIDAY, "1000.00", "900.00").line("-100.00", "迟到的付款");
        close(FRIDAY).andExpect(status().isOk()).andExpect(jsonPath("$.alreadyClosed").value(true))
                .andExpect(jsonPath("$.closingBalance").value("1000.00")).andExpect(jsonPath("$.lineCount").value(0));
        assertThatThrownBy(() -> jdbc.sql("UPDATE closed_day SET statement_reference = 'EDITED' WHERE enterprise_id = ?")
                .param(enterprise).update()).hasMessageContaining("is immutable");
    }

    @Test
    void theImportMayOnlyAskInsideItsTransactionSoTheDaysStayHeldUntilItsLinesAreWritten() {
        assertThatThrownBy(() -> closedDays.closedAmong(enterprise, account, Set.of(FRIDAY)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoClosesOfTheSameDayAtOnceCloseItOnce() throws Exception {
        openBooks(FRIDAY, "1000.00").andExpect(status().isCreated());
        bank.statement("STMT-0306", FRIDAY, "1000.00", "1000.00");
        Callable<Integer> closing = () -> close(FRIDAY).andReturn().getResponse().getStatus();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.of(closing, closing));
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(dayClosedEvents()).isEqualTo(1);
    }

    @Test
    void theFirstDayNeedsTheBooksOpenedAndTheBooksOpenOnce() throws Exception {
        bank.statement("STMT-0306", FRIDAY, "1000.00", "1000.00");
        close(FRIDAY).andExpect(status().isConflict()).andExpect(jsonPath("$.blockers[0].code").value("BOOKS_NOT_OPENED"));

        openBooks(FRIDAY, "1000.00").andExpect(status().isCreated());
        openBooks(FRIDAY, "1000").andExpect(status().isOk()).andExpect(jsonPath("$.alreadyOpened").value(true));
        openBooks(FRIDAY, "999.00").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://fundguard.example/problems/books-already-opened"));
        close(FRIDAY.minusDays(1)).andExpect(status().isConflict()).andExpect(jsonPath("$.blockers[0].code").value("BEFORE_FIRST_DAY"));
    }

    @Test
    void onlyAnAuditorOrAnAuthorizerOfTheEnterpriseClosesOrSeesADay() throws Exception {
        openBooks(FRIDAY, "1000.00").andExpect(status().isCreated());
        bank.statement("STMT-0306", FRIDAY, "1000.00", "1000.00");

        close(FRIDAY, holding(UUID.randomUUID(), enterprise, "APPLICANT")).andExpect(status().isForbidden());
        close(FRIDAY, holding(UUID.randomUUID(), UUID.randomUUID(), "AUDITOR")).andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/accounts/{a}/days/{d}", enterprise, account, FRIDAY)
                .with(holding(UUID.randomUUID(), UUID.randomUUID(), "AUDITOR"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/enterprises/{e}/accounts/{a}/books", enterprise, "other").with(holding(UUID.randomUUID(), enterprise, "APPLICANT"))
                .contentType("application/json").content("{\"firstDay\":\"2026-03-06\",\"openingBalance\":{\"value\":\"1\",\"currency\":\"CNY\"}}"))
                .andExpect(status().isForbidden());

        assertThat(dayClosedEvents()).isZero();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        mvc.perform(post("/api/enterprises/{e}/accounts/{a}/days/{d}/close", enterprise, account, "2026-02-30").with(theAuditor()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(put("/api/enterprises/{e}/accounts/{a}/books", enterprise, account).with(theAuditor()).contentType("application/json")
                        .content("{\"firstDay\":\"2026-03-06\",\"openingBalance\":{\"value\":\"1.00001\",\"currency\":\"CNY\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("openingBalance.value"));
        mvc.perform(put("/api/enterprises/{e}/accounts/{a}/books", enterprise, account).with(theAuditor()).contentType("application/json")
                        .content("{\"firstDay\":\"2026-03-06\",\"openingBalance\":{\"value\":\"1\",\"currency\":\"cny\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("openingBalance.currency"));

        assertThat(jdbc.sql("SELECT count(*) FROM account_books WHERE enterprise_id = ?").param(enterprise).query(Long.class).single()).isZero();
    }
}
