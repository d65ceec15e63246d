package com.fundguard.identity.agent.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A one-time enrolment code for one agent of one enterprise: valid for {@link #VALIDITY}, used once. The code itself
 * is shown to the admin once and kept only as a hash.
 */
public record EnrolmentCode(String codeHash, UUID enterpriseId, String agentId, Instant expiresAt, Instant usedAt) {

    public static final Duration VALIDITY = Duration.ofHours(24);
    private static final Pattern AGENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    public static void checkAgentId(String agentId) {
        if (agentId == null || !AGENT_ID.matcher(agentId).matches()) {
            throw new AgentEnrolmentRefused(AgentEnrolmentRefused.Reason.BAD_REQUEST,
                    "agentId is 2 to 63 lower-case letters, digits or '-'");
        }
    }

    /** The code is spent now, or the refusal says why it cannot be. */
    public EnrolmentCode use(Instant now) {
        if (usedAt != null) {
            throw new AgentEnrolmentRefused(AgentEnrolmentRefused.Reason.UNKNOWN_OR_USED_CODE, "the enrolment code is unknown or used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new AgentEnrolmentRefused(AgentEnrolmentRefused.Reason.EXPIRED_CODE, "the enrolment code has expired; ask for a new one");
        }
        return new EnrolmentCode(codeHash, enterpriseId, agentId, expiresAt, now);
    }
}
