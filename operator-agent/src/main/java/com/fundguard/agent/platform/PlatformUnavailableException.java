package com.fundguard.agent.platform;

/**
 * The platform did not answer usefully (unreachable, 5xx, 429, a token it would not take): the call may be repeated
 * later if it is safe to repeat. Never carries a request body or a token.
 */
public class PlatformUnavailableException extends RuntimeException {

    public PlatformUnavailableException(String message) {
        super(message);
    }
}
