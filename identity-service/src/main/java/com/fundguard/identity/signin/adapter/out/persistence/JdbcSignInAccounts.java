package com.fundguard.identity.signin.adapter.out.persistence;

import com.fundguard.identity.signin.application.SignInAccount;
import com.fundguard.identity.signin.application.SignInAccounts;
import com.fundguard.identity.signin.domain.SignInThrottle;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcSignInAccounts implements SignInAccounts {

    private final JdbcClient jdbc;

    public JdbcSignInAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SignInAccount> find(UUID enterpriseId, String username) {
        return jdbc.sql("SELECT id, enterprise_id, password_hash, failed_sign_ins, locked_until FROM app_user WHERE enterprise_id = ? AND username = ?")
                .params(enterpriseId, username)
                .query((rs, n) -> {
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    return new SignInAccount(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                            rs.getString("password_hash"),
                            new SignInThrottle(rs.getInt("failed_sign_ins"), lockedUntil == null ? null : lockedUntil.toInstant()));
                })
                .optional();
    }

    @Override
    public void record(UUID userId, SignInThrottle throttle) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = ?, locked_until = ? WHERE id = ?")
                .params(throttle.failures(), throttle.lockedUntil() == null ? null : Timestamp.from(throttle.lockedUntil()), userId)
                .update();
    }
}
