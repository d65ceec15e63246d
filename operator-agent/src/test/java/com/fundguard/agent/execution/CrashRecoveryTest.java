package com.fundguard.agent.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent process dies at each step of an attempt (an Error thrown at that step, so nothing after it runs: no
 * report, no journal entry), and a new agent starts over the same data directory. It never submits an order a second
 * time, and it settles the claim it held (reports the known result, or hands the claim back so the platform asks the
 * bank) before it takes any new work.
 */
class CrashRecoveryTest {

    @TempDir Path data;
    @TempDir Path tokenDirectory;
    RecordingUkey ukey;
    ScriptedBank bank;
    PlatformStandIn platform;

    @BeforeEach
    void start() throws Exception {
        ukey = new RecordingUkey(tokenDirectory);
        bank = new ScriptedBank(ukey.certificate);
        platform = new PlatformStandIn(bank);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @ParameterizedTest(name = "dies at {0}")
    @EnumSource(value = ExecutionStep.class, names = {"CLAIMED", "CREDENTIALS_OPENED", "SIGNED", "SENDING_RECORDED", "SUBMITTED",
            "RESULT_KNOWN", "REPORTED"})
    void anAgentRestartedAfterDyingAtAnyStepNeverSubmitsTwiceAndSettlesItsClaimBeforeNewWork(ExecutionStep step) {
        PlatformStandIn.Transfer transfer = platform.queue("TR-3001", "5000.00");
        AgentUnderTest dying = new AgentUnderTest(platform, bank, ukey, data, AgentUnderTest.crashAt(step));

        assertThatThrownBy(dying::pass).isInstanceOf(AgentUnderTest.SimulatedCrash.class);
        int submittedBeforeTheCrash = bank.submissionsOf(transfer.endToEndId());
        PlatformStandIn.Transfer next = platform.queue("TR-3002", "70.00");
        int restartedAt = platform.calls.size();

        AgentUnderTest restarted = new AgentUnderTest(platform, bank, ukey, data, StepListener.NONE);
        restarted.pass();
        restarted.pass();
        restarted.pass();

        List<String> afterRestart = platform.callsSince(restartedAt);
        assertThat(bank.submissionsOf(transfer.endToEndId())).as("submissions of the first transfer").isEqualTo(1);
        assertThat(bank.submissionsOf(next.endToEndId())).isEqualTo(1);
        assertThat(transfer.state).isEqualTo("EXECUTED");
        assertThat(next.state).isEqualTo("EXECUTED");
        switch (step) {
            case CLAIMED, CREDENTIALS_OPENED, SIGNED, SENDING_RECORDED -> {
                assertThat(submittedBeforeTheCrash).isZero();
                assertThat(firstCallAfterToken(afterRestart)).isEqualTo("abandonment TR-3001");
                assertThat(transfer.attempts).as("sent by the second attempt the platform queued after its inquiry").isEqualTo(2);
            }
            case SUBMITTED -> {
                assertThat(firstCallAfterToken(afterRestart)).isEqualTo("abandonment TR-3001");
                assertThat(transfer.result.get("by").asString()).as("resolved by the platform's inquiry").isEqualTo("inquiry");
                assertThat(transfer.attempts).isEqualTo(1);
            }
            case RESULT_KNOWN -> {
                assertThat(firstCallAfterToken(afterRestart)).isEqualTo("result TR-3001 EXECUTED");
                assertThat(transfer.attempts).isEqualTo(1);
            }
            default -> {
                assertThat(firstCallAfterToken(afterRestart)).as("nothing held: straight to work").isEqualTo("work");
                assertThat(afterRestart).noneMatch(call -> call.contains("TR-3001"));
            }
        }
        assertThat(restarted.journal.current().orElseThrow().step()).isEqualTo(ExecutionStep.REPORTED);
    }

    private static String firstCallAfterToken(List<String> calls) {
        return calls.stream().filter(call -> !call.equals("token")).findFirst().orElseThrow();
    }
}
