package com.fundguard.identity.secondfactor.application;

import com.fundguard.identity.secondfactor.domain.SmsCode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface SecondFactorStore {

    record TotpCredential(UUID userId, byte[] secret, boolean active, long lastStep) {
    }

    Optional<TotpCredential> totpForUpdate(UUID userId);

    void enrolTotp(UUID userId, UUID enterpriseId, byte[] secret, Instant at);

    /** Records an accepted step; false when a step this new or newer was accepted before (a replay). */
    boolean acceptTotpStep(UUID userId, long step, boolean activate);

    Optional<String> phoneNumber(UUID userId);

    void setPhoneNumber(UUID userId, String phoneNumber);

    int smsCodesSince(UUID userId, Instant since);

    void addSmsCode(SmsCode code, UUID enterpriseId);

    Optional<SmsCode> smsCodeForUpdate(UUID userId, UUID codeId);

    void updateSmsCode(SmsCode code);
}
