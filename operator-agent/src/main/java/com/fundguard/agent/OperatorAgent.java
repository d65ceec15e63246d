package com.fundguard.agent;

import com.fundguard.agent.identity.AgentIdentity;
import com.fundguard.agent.platform.PlatformReachability;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * The operator agent's command line. {@code init} creates the agent's identity and prints its enrolment request;
 * {@code enrol} sends it with the one-time code and installs the certificate the platform CA issues;
 * {@code status} checks that the identity opens and the platform answers. Polling, claiming and executing
 * transfers with the UKEY arrive with the execution issue.
 */
public final class OperatorAgent {

    private OperatorAgent() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.length != 1 || !(args[0].equals("init") || args[0].equals("enrol") || args[0].equals("status"))) {
            err.println("usage: operator-agent init|enrol|status   (configured by FUNDGUARD_* environment variables; see README)");
            return 2;
        }
        AgentSettings settings;
        try {
            settings = AgentSettings.fromEnvironment(environment);
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
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 1;
        } finally {
            Arrays.fill(settings.keystorePassword(), '\0');
        }
    }
}
