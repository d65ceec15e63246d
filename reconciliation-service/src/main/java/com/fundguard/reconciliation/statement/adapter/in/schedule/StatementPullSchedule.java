package com.fundguard.reconciliation.statement.adapter.in.schedule;

import com.fundguard.reconciliation.statement.application.StatementPull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Pulls the statements due every day (by default at 06:30 in the enterprises' zone, after the banks' end of day). */
public class StatementPullSchedule {

    private static final Logger log = LoggerFactory.getLogger(StatementPullSchedule.class);

    private final StatementPull pull;

    public StatementPullSchedule(StatementPull pull) {
        this.pull = pull;
    }

    @Scheduled(cron = "${fundguard.statements.pull.cron:0 30 6 * * *}", zone = "${fundguard.statements.pull.zone:Asia/Shanghai}")
    public StatementPull.Round pullDue() {
        try {
            StatementPull.Round round = pull.pullDue();
            log.info("statement pull: {} imported, {} not delivered (asked again next round), {} fetched by another round",
                    round.imported(), round.failed(), round.alreadyFetched());
            return round;
        } catch (RuntimeException e) {
            // The days not pulled stay due: the next round asks for them.
            log.warn("statement pull round failed: {}", e.toString());
            throw e;
        }
    }
}
