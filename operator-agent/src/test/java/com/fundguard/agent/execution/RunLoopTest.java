package com.fundguard.agent.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.agent.platform.PlatformUnavailableException;
import com.fundguard.bank.channel.OrderNotSentException;
import com.fundguard.bank.channel.OutcomeUnknownException;
import com.fundguard.bank.channel.SubmissionOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The run loop's decisions, against a real HTTP server standing in for the platform's agent API and a scripted bank
 * behind the BankChannel interface, with a real PKCS#12 UKEY.
 */
class RunLoopTest {

    @TempDir Path data;
    @TempDir Path tokenDirectory;
    RecordingUkey ukey;
    ScriptedBank bank;
    PlatformStandIn platform;
    AgentUnderTest agent;

    @BeforeEach
    void start() throws Exception {
        ukey = new RecordingUkey(tokenDirectory);
        bank = new ScriptedBank(ukey.certificate);
        platform = new PlatformStandIn(bank);
        agent = new AgentUnderTest(platform, bank, ukey, data, StepListener.NONE);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aClaimedOrderIsSignedAndSubmittedOnceAndReportedExecutedWithTheBankReference() throws Exception {
        PlatformStandIn.Transfer transfer = platform.queue("TR-1001", "1234.50");

        ExecutionReport report = agent.pass().orElseThrow();

        assertThat(report.outcome()).isEqualTo(ExecutionReport.Outcome.EXECUTED);
        assertThat(bank.submissionsOf(transfer.endToEndId())).isEqualTo(1);
        assertThat(ukey.signatures()).isEqualTo(1);
        assertThat(new String(bank.documents.getFirst(), StandardCharsets.UTF_8))
                .contains("<EndToEndId>" + transfer.endToEndId() + "</EndToEndId>", "Ccy=\"CNY\">1234.50<");
        assertThat(transfer.result.get("bankReference").asString()).isEqualTo(report.bankReference()).startsWith("BK");
        assertThat(platform.calls).containsSubsequence("token", "work", "claim TR-1001", "credentials TR-1001", "sending TR-1001",
                "result TR-1001 EXECUTED");
        assertThat(agent.journal.current().orElseThrow().step()).isEqualTo(ExecutionStep.REPORTED);
        assertThat(Files.getPosixFilePermissions(data.resolve(Journal.FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(agent.pass()).as("the queue is empty now").isEmpty();
        assertThat(bank.totalSubmissions()).isEqualTo(1);
    }

    @Test
    void anOrderThatDoesNotHashToTheApprovedContentIsNeitherSignedNorSentAndIsReportedAsAContentMismatch() {
        PlatformStandIn.Transfer transfer = platform.queue("TR-1002", "1234.50");
        transfer.order.put("payeeAccount", "99990000111122");

        ExecutionReport report = agent.pass().orElseThrow();

        assertThat(report.outcome()).isEqualTo(ExecutionReport.Outcome.CONTENT_MISMATCH);
        assertThat(ukey.signatures()).isZero();
        assertThat(bank.totalSubmissions()).isZero();
        assertThat(platform.calls).contains("result TR-1002 CONTENT_MISMATCH")
                .doesNotContain("credentials TR-1002", "sending TR-1002");
    }

    @Test
    void anEndToEndIdOtherThanTheTransfersOwnIsAContentMismatchToo() {
        PlatformStandIn.Transfer transfer = platform.queue("TR-1003", "10.00");
        transfer.order.put("endToEndId", "0123456789abcdef0123456789abcdef");

        assertThat(agent.pass().orElseThrow().outcome()).isEqualTo(ExecutionReport.Outcome.CONTENT_MISMATCH);
        assertThat(bank.totalSubmissions()).isZero();
    }

    @Test
    void aLeaseLostAtSendingMeansNothingIsSentAndNothingIsReported() {
        platform.queue("TR-1004", "10.00");
        platform.sendingRefused = true;

        assertThat(agent.pass()).isEmpty();

        assertThat(bank.totalSubmissions()).isZero();
        assertThat(platform.calls).contains("sending TR-1004").noneMatch(call -> call.startsWith("result"));
        assertThat(agent.journal.current().orElseThrow().step()).isEqualTo(ExecutionStep.DROPPED);
        assertThat(agent.said()).contains("nothing was sent");
    }

    @Test
    void aLeaseLostAtAHeartbeatMeansTheOrderIsNotSent() throws Exception {
        platform.queue("TR-1005", "10.00");
        platform.lease = Duration.ofMillis(1500);
        platform.heartbeatRefused = true;
        CountDownLatch heartbeatRefused = new CountDownLatch(1);
        platform.onHeartbeat = heartbeatRefused::countDown;
        // A slow UKEY: signing finishes only once the platform has taken the lease back.
        AgentUnderTest slowUkeyAgent = new AgentUnderTest(platform, bank, ukey, data, progress -> {
            if (progress.step() == ExecutionStep.CREDENTIALS_OPENED) {
                await(heartbeatRefused);
            }
        });

        assertThat(slowUkeyAgent.pass()).isEmpty();

        assertThat(bank.totalSubmissions()).isZero();
        assertThat(platform.calls).contains("heartbeat TR-1005").noneMatch(call -> call.startsWith("result"));
        assertThat(slowUkeyAgent.journal.current().orElseThrow().step()).isEqualTo(ExecutionStep.DROPPED);
    }

    @Test
    void heartbeatsKeepTheLeaseAliveWhileTheBankIsSlow() throws Exception {
        platform.queue("TR-1006", "10.00");
        platform.lease = Duration.ofMillis(1500);
        CountDownLatch heartbeat = new CountDownLatch(1);
        platform.onHeartbeat = heartbeat::countDown;
        bank.script = order -> {
            await(heartbeat);
            return new SubmissionOutcome.Booked("BK-SLOW");
        };

        assertThat(agent.pass().orElseThrow().bankReference()).isEqualTo("BK-SLOW");
        assertThat(platform.calls).containsSubsequence("sending TR-1006", "heartbeat TR-1006", "result TR-1006 EXECUTED");
    }

    static Stream<Arguments> bankAnswers() {
        return Stream.of(
                Arguments.of("booked", (ScriptedBank.Script) order -> new SubmissionOutcome.Booked("BK777"), ExecutionReport.Outcome.EXECUTED, "BK777", null),
                Arguments.of("rejected AM04", (ScriptedBank.Script) order -> new SubmissionOutcome.Rejected("AM04"), ExecutionReport.Outcome.FAILED, null, "AM04"),
                Arguments.of("DUPL", (ScriptedBank.Script) order -> new SubmissionOutcome.DuplicateAtBank(), ExecutionReport.Outcome.DUPLICATE_AT_BANK, null, "DUPL"),
                Arguments.of("pending", (ScriptedBank.Script) order -> new SubmissionOutcome.Pending("PDNG"), ExecutionReport.Outcome.OUTCOME_UNKNOWN, null, null),
                Arguments.of("login refused", (ScriptedBank.Script) order -> new SubmissionOutcome.LoginRefused(), ExecutionReport.Outcome.FAILED, null, ExecutionReport.LOGIN_REFUSED),
                Arguments.of("no answer after sending", (ScriptedBank.Script) order -> {
                    throw new OutcomeUnknownException("read timed out", null);
                }, ExecutionReport.Outcome.OUTCOME_UNKNOWN, null, null),
                Arguments.of("never reached the bank", (ScriptedBank.Script) order -> {
                    throw new OrderNotSentException("connection refused", null);
                }, ExecutionReport.Outcome.NOT_SENT, null, ExecutionReport.BANK_UNREACHABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankAnswers")
    void eachBankAnswerBecomesTheResultTheAgentApiNames(String answer, ScriptedBank.Script script, ExecutionReport.Outcome outcome,
                                                       String bankReference, String reasonCode) {
        PlatformStandIn.Transfer transfer = platform.queue("TR-2001", "88.00");
        bank.script = script;

        ExecutionReport report = agent.pass().orElseThrow();

        assertThat(report.outcome()).isEqualTo(outcome);
        assertThat(report.bankReference()).isEqualTo(bankReference);
        assertThat(report.reasonCode()).isEqualTo(reasonCode);
        assertThat(transfer.result.get("outcome").asString()).isEqualTo(outcome.name());
        assertThat(platform.calls).containsOnlyOnce("sending TR-2001");
        assertThat(bank.passwordsHandedOver).hasSize(1);
    }

    @Test
    void aPinTheUkeyRefusesSendsNothingAndIsReportedNotSent() {
        platform.queue("TR-1007", "10.00");
        platform.sealedPin = "not-the-pin";

        ExecutionReport report = agent.pass().orElseThrow();

        assertThat(report.outcome()).isEqualTo(ExecutionReport.Outcome.NOT_SENT);
        assertThat(report.reasonCode()).isEqualTo(ExecutionReport.PIN_REFUSED);
        assertThat(bank.passwordsHandedOver).isEmpty();
        assertThat(platform.calls).doesNotContain("sending TR-1007").contains("result TR-1007 NOT_SENT");
        assertThat(ukey.pinsHandedOver.getFirst()).containsOnly('\0');
    }

    @Test
    void thePasswordAndPinAreWipedAfterTheAttemptAndNeverSaidOrWrittenAnywhere() throws Exception {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            platform.queue("TR-1008", "10.00");
            platform.queue("TR-1009", "20.00");
            bank.script = order -> {
                throw new OutcomeUnknownException("connection reset", null);
            };
            agent.pass();
            bank.script = order -> new SubmissionOutcome.Booked("BK1");
            agent.pass();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }

        assertThat(bank.passwordsHandedOver).hasSize(2).allSatisfy(password -> assertThat(password).containsOnly('\0'));
        assertThat(ukey.pinsHandedOver).hasSize(2).allSatisfy(pin -> assertThat(pin).containsOnly('\0'));
        List<String> everythingSaidOrWritten = List.of(console.toString(StandardCharsets.UTF_8), agent.said(),
                Files.readString(data.resolve(Journal.FILE)), agent.status.json());
        assertThat(everythingSaidOrWritten).allSatisfy(text -> assertThat(text)
                .doesNotContain(PlatformStandIn.PASSWORD).doesNotContain(PlatformStandIn.PIN));
        assertThat(agent.said()).contains("TR-1008", "TR-1009");
    }

    @Test
    void aPlatformThatStumblesIsAskedAgainWithBackoffButTheBankOnlyOnce() {
        PlatformStandIn.Transfer transfer = platform.queue("TR-1010", "10.00");
        platform.failNext("result", 2);

        assertThat(agent.pass().orElseThrow().outcome()).isEqualTo(ExecutionReport.Outcome.EXECUTED);

        assertThat(platform.calls.stream().filter(call -> call.equals("result TR-1010 EXECUTED"))).hasSize(3);
        assertThat(bank.submissionsOf(transfer.endToEndId())).isEqualTo(1);
        assertThat(transfer.state).isEqualTo("EXECUTED");
    }

    @Test
    void aResultThePlatformCouldNotTakeIsReportedBeforeAnyNewWork() {
        PlatformStandIn.Transfer first = platform.queue("TR-1011", "10.00");
        platform.failNext("result", 3);
        assertThatThrownBy(agent::pass).as("retries exhausted: the result stays in the journal")
                .isInstanceOf(PlatformUnavailableException.class);
        platform.queue("TR-1012", "20.00");
        int before = platform.calls.size();

        agent.loop.pass();

        assertThat(platform.callsSince(before)).startsWith("result TR-1011 EXECUTED", "work");
        assertThat(first.state).isEqualTo("EXECUTED");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
