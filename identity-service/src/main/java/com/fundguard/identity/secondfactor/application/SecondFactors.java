package com.fundguard.identity.secondfactor.application;

import com.fundguard.crypto.canonical.ConfirmationChallenge;
import com.fundguard.crypto.otp.Totp;
import com.fundguard.identity.secondfactor.domain.ConfirmationRequest;
import com.fundguard.identity.secondfactor.domain.SecondFactorRefused;
import com.fundguard.identity.secondfactor.domain.SecondFactorRefused.Reason;
import com.fundguard.identity.secondfactor.domain.SmsCode;
import com.fundguard.sms.SmsMessage;
import com.fundguard.sms.SmsSender;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TOTP enrolment and SMS codes, and the content-bound confirmation of a decision: a TOTP code or an SMS code proves
 * one challenge (the hash of what the decider sees), once, and yields a signed proof approval-service checks.
 */
public class SecondFactors {

    /** RFC 6238 section 5.2: one step either side for clock drift and transmission delay. */
    static final int TOTP_WINDOW = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactorStore store;
    private final SmsSender sms;
    private final ConfirmationProofs proofs;
    private final PasskeyAssertions passkeys;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public SecondFactors(SecondFactorStore store, SmsSender sms, ConfirmationProofs proofs, PasskeyAssertions passkeys,
                         TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.sms = sms;
        this.proofs = proofs;
        this.passkeys = passkeys;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record TotpEnrolment(String otpauthUri) {
        @Override
        public String toString() {
            return "TotpEnrolment[otpauthUri=(hidden)]";
        }
    }

    /** A new authenticator secret (160 bits), inactive until a first code proves the app holds it. */
    public TotpEnrolment enrolTotp(UUID enterpriseId, UUID userId, String accountLabel) {
        return transactions.execute(status -> {
            if (store.totpForUpdate(userId).filter(SecondFactorStore.TotpCredential::active).isPresent()) {
                throw new SecondFactorRefused(Reason.ALREADY_ENROLLED, "an authenticator is enrolled already");
            }
            byte[] secret = new byte[20];
            RANDOM.nextBytes(secret);
            store.enrolTotp(userId, enterpriseId, secret, now());
            return new TotpEnrolment(Totp.standard(secret).otpauthUri("FundGuard", accountLabel));
        });
    }

    public void activateTotp(UUID userId, String code) {
        transactions.executeWithoutResult(status -> acceptTotp(userId, code, true));
    }

    public void setPhoneNumber(UUID userId, String phoneNumber) {
        store.setPhoneNumber(userId, phoneNumber);
    }

    /** Sends a code bound to the challenge of {@code request}; the text names amount and payee (dynamic linking). */
    public UUID sendSmsCode(UUID enterpriseId, UUID userId, ConfirmationRequest request) {
        String challenge = challengeOf(request);
        return transactions.execute(status -> {
            Instant now = now();
            String phone = store.phoneNumber(userId)
                    .orElseThrow(() -> new SecondFactorRefused(Reason.NO_PHONE_NUMBER, "no phone number is registered"));
            if (store.smsCodesSince(userId, now.minus(SmsCode.RATE_WINDOW)) >= SmsCode.MAX_PER_WINDOW) {
                throw new SecondFactorRefused(Reason.RATE_LIMITED, "too many codes asked for; wait a few minutes");
            }
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            UUID id = UUID.randomUUID();
            store.addSmsCode(new SmsCode(id, userId, challenge, hash(id, code), now, now.plus(SmsCode.VALIDITY), 0, null), enterpriseId);
            // The code's id names the message: a retried send of this code reaches the phone once.
            sms.send(new SmsMessage(id.toString(), phone, "FundGuard " + code + " confirms paying "
                    + request.amount().toPlainString() + " " + request.currency().getCurrencyCode() + " to account "
                    + request.payeeAccount() + " (step " + request.step() + "). Nobody from FundGuard asks for this code."));
            return id;
        });
    }

    /** Proves {@code request} with a TOTP code; each code works once. Returns the signed proof. */
    public String confirmWithTotp(UUID enterpriseId, UUID userId, ConfirmationRequest request, String code) {
        String challenge = challengeOf(request);
        transactions.executeWithoutResult(status -> acceptTotp(userId, code, false));
        return proofs.sign(userId, enterpriseId, challenge, "otp");
    }

    /** Proves {@code request} with the SMS code sent for it; the code works once and only for that challenge. */
    public String confirmWithSms(UUID enterpriseId, UUID userId, ConfirmationRequest request, UUID codeId, String code) {
        String challenge = challengeOf(request);
        // A wrong code must count even though the confirmation fails: the refusal is thrown after the commit.
        SecondFactorRefused refusal = transactions.execute(status -> {
            SmsCode sent = store.smsCodeForUpdate(userId, codeId)
                    .orElseThrow(() -> new SecondFactorRefused(Reason.WRONG_CODE, "no such code was sent to this person"));
            try {
                store.updateSmsCode(sent.use(hash(codeId, code), challenge, now()));
                return null;
            } catch (SecondFactorRefused refused) {
                if (refused.reason() == Reason.WRONG_CODE) {
                    store.updateSmsCode(sent.afterWrongAttempt());
                }
                return refused;
            }
        });
        if (refusal != null) {
            throw refusal;
        }
        return proofs.sign(userId, enterpriseId, challenge, "sms");
    }

    /**
     * Proves {@code request} with a passkey: the WebAuthn challenge is the confirmation challenge's bytes, so the
     * authenticator signed the transfer's content; its signature counter makes each assertion count once.
     */
    public String confirmWithPasskey(UUID enterpriseId, UUID userId, ConfirmationRequest request, String assertionJson) {
        String challenge = challengeOf(request);
        passkeys.verify(userId, HexFormat.of().parseHex(challenge), assertionJson);
        return proofs.sign(userId, enterpriseId, challenge, "passkey");
    }

    private void acceptTotp(UUID userId, String code, boolean activating) {
        var credential = store.totpForUpdate(userId)
                .filter(c -> activating || c.active())
                .orElseThrow(() -> new SecondFactorRefused(Reason.NOT_ENROLLED, "no authenticator is enrolled"));
        long step = Totp.standard(credential.secret()).verify(code, now(), TOTP_WINDOW)
                .orElseThrow(() -> new SecondFactorRefused(Reason.WRONG_CODE, "the code is not right"));
        if (step <= credential.lastStep() || !store.acceptTotpStep(userId, step, activating)) {
            throw new SecondFactorRefused(Reason.REPLAYED, "this code was used already; wait for the next one");
        }
    }

    static String challengeOf(ConfirmationRequest request) {
        return ConfirmationChallenge.of(request.transferId(), request.step(), request.amount(), request.currency(),
                request.payeeAccount(), request.contentHash());
    }

    private static String hash(UUID id, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(id.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(String.valueOf(code).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
