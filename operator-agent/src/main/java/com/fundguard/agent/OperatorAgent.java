package com.fundguard.agent;

import com.fundguard.agent.execution.Journal;
import com.fundguard.agent.execution.OrderExecution;
import com.fundguard.agent.execution.WorkLoop;
import com.fundguard.agent.identity.AgentIdentity;
import com.fundguard.agent.platform.AccessTokens;
import com.fundguard.agent.platform.AgentApi;
import com.fundguard.agent.platform.PlatformConnection;
import com.fundguard.agent.platform.PlatformReachability;
import com.fundguard.agent.status.AgentStatus;
import com.fundguard.agent.status.StatusPage;
import com.fundguard.bank.channel.BankChannel;
import com.fundguard.bank.channel.GuardedBankChannel;
import com.fundguard.bank.channel.HttpBankChannel;
import com.fundguard.bank.signing.SigningToken;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The operator agent's command line. {@code init} creates the agent's identity and prints its enrolment request;
 * {@code enrol} sends it with the one-time code and installs the certificate the platform CA issues;
 * {@code status} checks that the identity opens and the platform answers; {@code run} takes authorized transfers,
 * signs them with the UKEY and submits them to the bank until stopped, with a status page on 127.0.0.1.
 */
public final class OperatorAgent {

    private OperatorAgent() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.length != 1 || !(args[0].equals("init") || args[0].equals("enrol") || args[0].equals("status") || args[0].equals("run"))) {
            err.println("usage: operator-agent init|enrol|status|run   (configured by FUNDGUARD_* environment variables; see README)");
            return 2;
        }
        AgentSettings settings;
        ExecutionSettings execution;
        try {
            settings = AgentSettings.fromEnvironment(environment);
            execution = args[0].equals("run") ? ExecutionSettings.fromEnvironment(environment) : null;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            if (args[0].equals("init")) {
                AgentIdentity identity = AgentIdentity.create(settings.dataDirectory(), settings.enterpriseId(),
                        settings.agentId(), settings.keystorePassword());
                out.println("Agent identity created in " + settings.dataDirectory() + " for " + identity.subject());
                out.println("Give this enrolment request to your enterprise administrator:");
                out.print(identity.enrolmentRequestPem());
                return 0;
            }
            AgentIdentity identity = AgentIdentity.load(settings.dataDirectory(), settings.keystorePassword());
            if (args[0].equals("run")) {
                Arrays.fill(settings.keystorePassword(), '\0');
                return execute(settings, execution, identity, out);
            }
            if (args[0].equals("enrol")) {
                String code = environment.get("FUNDGUARD_ENROLMENT_CODE");
                if (code == null || code.isBlank()) {
                    err.println("FUNDGUARD_ENROLMENT_CODE is not set (the one-time code from your enterprise administrator)");
                    return 2;
                }
                var outcome = new com.fundguard.agent.enrolment.Enrolment(
                        com.fundguard.agent.platform.PlatformConnection.client(settings.platformCa())).enrol(settings.gateway(), code, identity,
                        settings.dataDirectory(), settings.keystorePassword());
                out.println("Enrolled: certificate " + outcome.serial() + " valid until " + outcome.notAfter());
                return 0;
            }
            PlatformReachability.Answer answer = new PlatformReachability(
                    com.fundguard.agent.platform.PlatformConnection.client(settings.platformCa())).check(settings.gateway());
            out.println("identity: " + identity.subject());
            out.println("platform: " + (answer.up() ? "UP" : "DOWN") + " (" + answer.detail() + ") at " + settings.gateway());
            return answer.up() ? 0 : 1;
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        } finally {
            Arrays.fill(settings.keystorePassword(), '\0');
            if (execution != null && execution.bankClientKeystorePassword() != null) {
                Arrays.fill(execution.bankClientKeystorePassword(), '\0');
            }
        }
    }

    /** {@code run}: works until the process is asked to stop; the attempt under way finishes first. */
    private static int execute(AgentSettings settings, ExecutionSettings execution, AgentIdentity identity, PrintStream out) {
        Clock clock = Clock.systemUTC();
        HttpClient platformHttp = PlatformConnection.mutualTls(settings.platformCa(), identity);
        AccessTokens tokens = new AccessTokens(platformHttp, settings.gateway(), settings.enterpriseId(), settings.agentId(), clock);
        AgentApi platform = new AgentApi(platformHttp, settings.gateway(), tokens, AgentApi.defaultRetries());
        SigningToken token = execution.ukey().open(settings.dataDirectory());
        Journal journal = new Journal(settings.dataDirectory());
        AgentStatus status = new AgentStatus(clock, settings.agentId(), execution.ukey().kind(), execution.ukey()::present, tokens::validUntil);
        AtomicBoolean stopping = new AtomicBoolean();
        // The hook waits for the loop to finish, not for this thread: main calls System.exit afterwards, which
        // would wait for the hook in turn.
        CountDownLatch finished = new CountDownLatch(1);
        try (HttpBankChannel bank = new HttpBankChannel(execution.bankUrl(), PlatformConnection.mutualTlsContext(execution.bankCa(), execution.bankClientKeys(identity)),
                Duration.ofSeconds(5), Duration.ofSeconds(60));
             StatusPage page = StatusPage.serve(status, execution.statusPort())) {
            out.println("status page: http://127.0.0.1:" + page.address().getPort() + "/");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopping.set(true);
                try {
                    finished.await(90, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "operator-agent-stop"));
            // The bank's guards: a breaker that leaves a failing bank alone, a bulkhead; submissions are never retried.
            BankChannel guarded = new GuardedBankChannel(execution.bankUrl().getHost(), bank, GuardedBankChannel.Guards.standard());
            OrderExecution orders = new OrderExecution(platform, token, guarded, journal, status, settings.enterpriseId(), clock, out);
            new WorkLoop(platform, orders, journal, status, 25, Duration.ofSeconds(10), out).run(stopping::get);
            out.println("stopped");
            return 0;
        } finally {
            finished.countDown();
        }
    }
}
