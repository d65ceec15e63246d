package com.fundguard.reconciliation.recall.adapter.in.schedule;

import com.fundguard.reconciliation.recall.application.RecallDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends again the recalls the bank has not answered finally (no answer, or pending) once their follow-up is due. */
public class RecallFollowUp {

    private static final Logger log = LoggerFactory.getLogger(RecallFollowUp.class);
    private static final int BATCH = 50;

    private final RecallDesk desk;

    public RecallFollowUp(RecallDesk desk) {
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${fundguard.recall.follow-up-interval:30s}", initialDelayString = "${fundguard.recall.follow-up-interval:30s}")
    public int followUp() {
        try {
            int sent = desk.followUpDue(BATCH);
            if (sent > 0) {
                log.info("recall follow-up: {} recall(s) sent again", sent);
            }
            return sent;
        } catch (RuntimeException e) {
            // Nothing half-done: a recall not sent stays due.
            log.warn("recall follow-up round failed: {}", e.toString());
            return 0;
        }
    }
}
