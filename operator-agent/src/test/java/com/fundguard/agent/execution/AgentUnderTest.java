package com.fundguard.agent.execution;

import com.fundguard.agent.platform.AccessTokens;
import com.fundguard.agent.platform.AgentApi;
import com.fundguard.agent.status.AgentStatus;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One agent process as `run` wires it (token, agent API with retries, journal, execution, loop, status), over a data
 * directory; a second instance over the same directory is the agent after a restart. What it says goes to {@link #said}.
 */
final class AgentUnderTest {

    final ByteArrayOutputStream said = new ByteArrayOutputStream();
    final AgentStatus status;
    final Journal journal;
    final WorkLoop loop;

    AgentUnderTest(PlatformStandIn platform, ScriptedBank bank, RecordingUkey ukey, Path data, StepListener hook) {
        PrintStream log = new PrintStream(said, true, StandardCharsets.UTF_8);
        Clock clock = Clock.systemUTC();
        AccessTokens tokens = new AccessTokens(HttpClient.newHttpClient(), platform.uri(), platform.enterpriseId, "ukey-desk-1", clock);
        AgentApi api = new AgentApi(HttpClient.newHttpClient(), platform.uri(), tokens,
                RetryConfig.custom().maxAttempts(3).intervalFunction(IntervalFunction.of(Duration.ofMillis(10))).build());
        status = new AgentStatus(clock, "ukey-desk-1", "PKCS#12", () -> true, tokens::validUntil);
        journal = new Journal(data);
        StepListener steps = status.andThen(hook);
        OrderExecution execution = new OrderExecution(api, ukey, bank, journal, steps, platform.enterpriseId, clock, log);
        loop = new WorkLoop(api, execution, journal, steps, 0, Duration.ofMillis(10), log);
    }

    Optional<ExecutionReport> pass() {
        return loop.pass();
    }

    String said() {
        return said.toString(StandardCharsets.UTF_8);
    }

    /** The process dying at a step: an Error nothing in the agent catches, so nothing after it runs. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash(ExecutionStep step) {
            super("the process died at " + step);
        }
    }

    static StepListener crashAt(ExecutionStep step) {
        return progress -> {
            if (progress.step() == step) {
                throw new SimulatedCrash(step);
            }
        };
    }
}
