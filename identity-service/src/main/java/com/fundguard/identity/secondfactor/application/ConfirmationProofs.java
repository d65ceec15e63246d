package com.fundguard.identity.secondfactor.application;

import java.util.UUID;

/** Signs what a second factor proved: who confirmed which challenge, how, and until when the proof may be used. */
public interface ConfirmationProofs {

    String sign(UUID userId, UUID enterpriseId, String challenge, String method);
}
