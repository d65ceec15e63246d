package com.fundguard.approval.bench;

import com.fundguard.approval.transfer.adapter.out.events.OutboxTransferEvents;
import com.fundguard.approval.transfer.adapter.out.persistence.JdbcTransferRequests;
import com.fundguard.approval.transfer.application.ApplicantLimitCheck;
import com.fundguard.approval.transfer.application.RoutingOutcome;
import com.fundguard.approval.transfer.application.SubmitTransfer;
import com.fundguard.approval.transfer.application.TransferDecisions;
import com.fundguard.approval.transfer.application.TransferSubmission;
import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.approval.transfer.domain.Money;
import com.fundguard.approval.transfer.domain.Payee;
import com.fundguard.approval.transfer.domain.PayeeType;
import com.fundguard.approval.transfer.domain.Route;
import com.fundguard.approval.transfer.domain.RouteStep;
import com.fundguard.approval.transfer.domain.TransferDetails;
import com.fundguard.approval.transfer.domain.TransferRequest;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.EventTopics;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.trace.TraceContextCapture;
import com.fundguard.test.infrastructure.RealInfrastructure;
import com.fundguard.test.infrastructure.SharedInfrastructure;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.fundguard.approval.transfer.application.ContentBoundConfirmation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Approval transitions per second against real PostgreSQL (target: at least 1,000/s with p99 under 50 ms on this
 * 2-core machine). Each transition is the real use case: read the request with its decisions, ask the directory,
 * decide in the domain, write state and decision with optimistic locking and the event to the outbox, one commit.
 * Run: see approval-service/README.md ("Figures").
 */
public final class ApprovalTransitionsBenchmark {

    /** No enterprise threshold: the default applies. */
    static final class ConfirmationThresholdsNone implements com.fundguard.approval.transfer.application.ConfirmationThresholds {
        @Override
        public java.util.Optional<java.math.BigDecimal> threshold(UUID enterpriseId, java.util.Currency currency) {
            return java.util.Optional.empty();
        }

        @Override
        public void set(UUID enterpriseId, java.util.Currency currency, java.math.BigDecimal threshold, UUID setBy) {
            throw new UnsupportedOperationException("the benchmark sets no threshold");
        }
    }

    static final int REQUESTS = 12_000;
    static final int THREADS = 8;
    static final int WARM_UP = 2_000;

    public static void main(String[] args) throws Exception {
        RealInfrastructure infrastructure = SharedInfrastructure.get();
        RealInfrastructure.DatabaseCoordinates db = infrastructure.createDatabase("bench_approval");
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(db.jdbcUrl());
        pool.setUsername(db.username());
        pool.setPassword(db.password());
        pool.setMaximumPoolSize(THREADS + 2);
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/events").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            Clock clock = Clock.systemUTC();
            JsonMapper json = JsonMapper.builder().build();
            EventOutbox outbox = new EventOutbox(jdbc, new EventEnvelopeCodec(json), json, new EventTopics("bench", List.of()),
                    "/approval-bench", TraceContextCapture.NONE, clock);
            JdbcTransferRequests requests = new JdbcTransferRequests(jdbc, json);
            OutboxTransferEvents events = new OutboxTransferEvents(outbox);
            Route route = new Route("bench@1", List.of(RouteStep.audit(), RouteStep.authorization()), List.of());
            TransferSubmission submission = new TransferSubmission(requests, events, (e, d, f, t) -> RoutingOutcome.routed(route),
                    (e, a, f, m) -> ApplicantLimitCheck.Verdict.WITHIN, transactions, clock);
            TransferDecisions decisions = new TransferDecisions(requests, events,
                    (enterprise, user) -> Set.of(ApproverRole.AUDITOR, ApproverRole.AUTHORIZER),
                    // Below the confirmation threshold: the benchmark measures the transitions, not the second factor.
                    new ContentBoundConfirmation(proof -> {
                        throw new IllegalStateException("no proof is presented in the benchmark");
                    }, new ConfirmationThresholdsNone(), new java.math.BigDecimal("1000000000")), transactions, clock);

            UUID enterprise = UUID.randomUUID();
            List<TransferRequest> pending = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                TransferDetails details = new TransferDetails("CN6222000011110001",
                        new Payee("Payee " + i, "3100123456" + String.format("%04d", i % 10_000), "CCBCCNBJ", PayeeType.CORPORATE),
                        Money.of((1000 + i) + ".50", "CNY"), "Invoice " + i, LocalDate.now(clock).plusDays(1), List.of());
                pending.add(submission.submit(new SubmitTransfer(enterprise, UUID.randomUUID(), "bench-" + i, details)).request());
            }
            System.out.printf("%d requests submitted; measuring audit approvals with %d threads%n", REQUESTS, THREADS);

            long[] latencies = new long[REQUESTS];
            AtomicInteger next = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            long[] measuredStart = new long[1];
            for (int t = 0; t < THREADS; t++) {
                workers.add(threads.submit(() -> {
                    int index;
                    while ((index = next.getAndIncrement()) < REQUESTS) {
                        if (index == WARM_UP) {
                            measuredStart[0] = System.nanoTime();
                        }
                        TransferRequest request = pending.get(index);
                        long began = System.nanoTime();
                        decisions.approve(enterprise, request.id(), UUID.randomUUID(), "bench", request.contentHash(), "ok",
                                java.util.Optional.empty());
                        latencies[index] = System.nanoTime() - began;
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            long elapsed = System.nanoTime() - measuredStart[0];
            threads.shutdown();

            long[] measured = Arrays.copyOfRange(latencies, WARM_UP, REQUESTS);
            Arrays.sort(measured);
            double seconds = elapsed / 1e9;
            System.out.printf(Locale.ROOT, "transitions: %d in %.2f s = %.0f/s%n", measured.length, seconds, measured.length / seconds);
            System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", percentile(measured, 0.50),
                    percentile(measured, 0.90), percentile(measured, 0.99), measured[measured.length - 1] / 1e6);
        }
        System.exit(0);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
