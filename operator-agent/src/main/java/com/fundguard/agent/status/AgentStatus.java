package com.fundguard.agent.status;

import com.fundguard.agent.execution.ExecutionReport;
import com.fundguard.agent.execution.ExecutionStep;
import com.fundguard.agent.execution.Journal;
import com.fundguard.agent.execution.StepListener;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the operator sees on the status page: the transfer being worked on and its step, the last results, whether the
 * UKEY is there and until when the platform token runs. Fed by the executing thread as steps are reached; read by the
 * page's thread. Holds references, outcomes and bank references only: no PIN, no password, no token.
 */
public final class AgentStatus implements StepListener {

    public static final int RESULTS_KEPT = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;
    private final String agent;
    private final String ukeyKind;
    private final Supplier<Boolean> ukeyPresent;
    private final Supplier<Optional<Instant>> accessTokenValidUntil;
    private final Deque<Result> results = new ArrayDeque<>();
    private Current current;

    private record Current(String reference, ExecutionStep step, Instant since) {
    }

    private record Result(String reference, ExecutionReport report, Instant at) {
    }

    public AgentStatus(Clock clock, String agent, String ukeyKind, Supplier<Boolean> ukeyPresent,
                       Supplier<Optional<Instant>> accessTokenValidUntil) {
        this.clock = clock;
        this.agent = agent;
        this.ukeyKind = ukeyKind;
        this.ukeyPresent = ukeyPresent;
        this.accessTokenValidUntil = accessTokenValidUntil;
    }

    @Override
    public synchronized void reached(Journal.Entry progress) {
        switch (progress.step()) {
            case REPORTED -> {
                progress.result().ifPresent(report -> {
                    results.addFirst(new Result(progress.reference(), report, clock.instant()));
                    while (results.size() > RESULTS_KEPT) {
                        results.removeLast();
                    }
                });
                current = null;
            }
            case DROPPED, ABANDONED -> current = null;
            default -> current = new Current(progress.reference(), progress.step(), clock.instant());
        }
    }

    public synchronized String json() {
        ObjectNode status = JSON.createObjectNode().put("agent", agent).put("at", clock.instant().toString());
        if (current == null) {
            status.putNull("currentWork");
        } else {
            status.putObject("currentWork").put("reference", current.reference()).put("step", current.step().name())
                    .put("since", current.since().toString());
        }
        ArrayNode last = status.putArray("lastResults");
        for (Result result : results) {
            ObjectNode node = last.addObject().put("reference", result.reference()).put("outcome", result.report().outcome().name())
                    .put("at", result.at().toString());
            if (result.report().bankReference() != null) {
                node.put("bankReference", result.report().bankReference());
            }
            if (result.report().reasonCode() != null) {
                node.put("reasonCode", result.report().reasonCode());
            }
        }
        status.putObject("ukey").put("kind", ukeyKind).put("present", ukeyPresent.get());
        ObjectNode token = status.putObject("platformToken");
        accessTokenValidUntil.get().ifPresentOrElse(until -> token.put("held", true).put("validUntil", until.toString()),
                () -> token.put("held", false));
        return status.toString();
    }
}
