package com.fundguard.reconciliation.discrepancy.adapter.in.schedule;

import com.fundguard.reconciliation.discrepancy.application.DiscrepancyCases;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Escalates overdue cases at a fixed pace ({@code fundguard.discrepancies.scan-every}, PT5M: deadlines are hours of a
 * business day, five minutes late is on time); a full batch is followed by the next at once. Several instances share
 * the work: each case is locked by one scan (SKIP LOCKED) and escalated once.
 */
public class OverdueCaseScan {

    private final DiscrepancyCases cases;
    private final int batch;

    public OverdueCaseScan(DiscrepancyCases cases, int batch) {
        this.cases = cases;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${fundguard.discrepancies.scan-every:PT5M}",
            initialDelayString = "${fundguard.discrepancies.scan-every:PT5M}")
    public void scan() {
        while (cases.escalateOverdue(batch) >= batch) {
            // a full batch: more may be overdue
        }
    }
}
