package com.fundguard.identity.secondfactor.adapter.out.persistence;

import com.fundguard.identity.secondfactor.application.SecondFactorStore;
import com.fundguard.identity.secondfactor.domain.SmsCode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Second factors in PostgreSQL. TOTP secrets are stored envelope-encrypted (a data key per secret, wrapped by the
 * identity KEK), bound to the person as associated data: a row copied to another person does not decrypt.
 */
public class JdbcSecondFactorStore implements SecondFactorStore {

    private final JdbcClient jdbc;
    private final com.fundguard.crypto.envelope.EnvelopeEncryption secrets;

    public JdbcSecondFactorStore(JdbcClient jdbc, com.fundguard.crypto.envelope.EnvelopeEncryption secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    private static byte[] boundTo(UUID userId) {
        return ("totp-secret|" + userId).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    public Optional<TotpCredential> totpForUpdate(UUID userId) {
        return jdbc.sql("SELECT user_id, secret, active, last_step FROM totp_credential WHERE user_id = ? FOR UPDATE").param(userId)
                .query((rs, n) -> new TotpCredential(rs.getObject("user_id", UUID.class),
                        secrets.decrypt(com.fundguard.crypto.envelope.Envelope.fromBytes(rs.getBytes("secret")), boundTo(userId)),
                        rs.getBoolean("active"), rs.getLong("last_step")))
                .optional();
    }

    @Override
    public void enrolTotp(UUID userId, UUID enterpriseId, byte[] secret, Instant at) {
        jdbc.sql("""
                INSERT INTO totp_credential (user_id, enterprise_id, secret, active, last_step, enrolled_at) VALUES (?, ?, ?, FALSE, -1, ?)
                ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, active = FALSE, last_step = -1, enrolled_at = EXCLUDED.enrolled_at
                """).params(userId, enterpriseId, secrets.encrypt(secret, boundTo(userId)).toBytes(), Timestamp.from(at)).update();
    }

    @Override
    public boolean acceptTotpStep(UUID userId, long step, boolean activate) {
        return jdbc.sql("UPDATE totp_credential SET last_step = ?, active = (active OR ?) WHERE user_id = ? AND last_step < ?")
                .params(step, activate, userId, step).update() == 1;
    }

    @Override
    public Optional<String> phoneNumber(UUID userId) {
        return jdbc.sql("SELECT phone_number FROM app_user WHERE id = ?").param(userId).query(String.class).optional();
    }

    @Override
    public void setPhoneNumber(UUID userId, String phoneNumber) {
        jdbc.sql("UPDATE app_user SET phone_number = ? WHERE id = ?").params(phoneNumber, userId).update();
    }

    @Override
    public int smsCodesSince(UUID userId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM sms_code WHERE user_id = ? AND sent_at >= ?").params(userId, Timestamp.from(since))
                .query(Integer.class).single();
    }

    @Override
    public void addSmsCode(SmsCode code, UUID enterpriseId) {
        jdbc.sql("INSERT INTO sms_code (id, user_id, enterprise_id, challenge, code_hash, sent_at, expires_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
                .params(code.id(), code.userId(), enterpriseId, code.challenge(), code.codeHash(), Timestamp.from(code.sentAt()),
                        Timestamp.from(code.expiresAt()))
                .update();
    }

    @Override
    public Optional<SmsCode> smsCodeForUpdate(UUID userId, UUID codeId) {
        return jdbc.sql("SELECT id, user_id, challenge, code_hash, sent_at, expires_at, attempts, used_at FROM sms_code WHERE id = ? AND user_id = ? FOR UPDATE")
                .params(codeId, userId)
                .query((rs, n) -> {
                    Timestamp used = rs.getTimestamp("used_at");
                    return new SmsCode(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("challenge"),
                            rs.getString("code_hash"), rs.getTimestamp("sent_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                            rs.getInt("attempts"), used == null ? null : used.toInstant());
                })
                .optional();
    }

    @Override
    public void updateSmsCode(SmsCode code) {
        jdbc.sql("UPDATE sms_code SET attempts = ?, used_at = ? WHERE id = ?")
                .params(code.attempts(), code.usedAt() == null ? null : Timestamp.from(code.usedAt()), code.id()).update();
    }
}
